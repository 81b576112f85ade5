"""s13-surname's own battery for the LONE surname class (issue 11; written and frozen before
any rule, session 13): a surname with no first name and no title, written with a capital inside
a sentence, that is also an ordinary Dutch (or French, English, German) word -- "Kuiper",
"Timmerman", "Boulanger", "Smith", "Weber" -- in every position a person takes (subject,
object, after "met", "bij", "van", "aan", "zonder", "op" after waiting, "voor" ...), in chat
lines too, and any listed surname alone after a verb of employment ("ik werk bij <Naam>").
Against it, look-alikes that must stay: the same words as common nouns (lower case
mid-sentence, or capitalised at a sentence's start, which is no evidence), languages,
parties, brands and chains, places (after "naar" too), and organisations named by a surname
WITH a firm cue (a type word, a legal form, "&", "en Zonen", a trade noun before it: policy
in docs/anonymisation.md). The sentences and names are the author's own; none of the key
words below occurs in tests/fixtures/, bench/data/ or /work/shared/ (checked with grep -rliw).
The figures before and after the rule are in docs/anonymisation.md (session 13)."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

#: (text, surname): the surname must be masked.
PERSONS: list[tuple[str, str]] = [
    # after a preposition a person takes, no article before it
    ("“Ik heb gisteren nog met Kuiper gebeld over de planning.”", "Kuiper"),
    ("“Het voorstel kwam eigenlijk van Kramer.”", "Kramer"),
    ("“Samen met Molenaar hebben we de affiches gemaakt.”", "Molenaar"),
    ("“Ik heb de sleutel aan Schouten gegeven.”", "Schouten"),
    ("“Zonder Huisman was de fuif nooit doorgegaan.”", "Huisman"),
    ("“Ik logeerde die week bij Schepers.”", "Schepers"),
    ("“Ik ging samen met Leemans naar de vergadering.”", "Leemans"),
    ("“Ik moest van Garnier een verslag schrijven.”", "Garnier"),
    ("“Mijn zus zit in de klas bij Mignon.”", "Mignon"),
    ("“We wachtten nog op Cox voor we vertrokken.”", "Cox"),
    ("“Ik heb het idee aan Weber voorgelegd.”", "Weber"),
    ("“Ik zat in de auto naast Berger.”", "Berger"),
    ("“Samen met Bandera hebben we alles opgeruimd.”", "Bandera"),
    ("“Ik vroeg aan Fellah of hij mee wilde.”", "Fellah"),
    ("“Ik heb met Hering afgesproken om acht uur.”", "Hering"),
    ("“Ik sta al jaren in contact met Stoffel.”", "Stoffel"),
    ("“Er was niemand behalve Spies.”", "Spies"),
    ("“Ik kreeg een lift van Potters.”", "Potters"),
    ("“Ik ben met Proost naar de film geweest.”", "Proost"),
    ("“Ik heb het aan Remmers gevraagd.”", "Remmers"),
    ("“Voor Pastoors was het de eerste keer.”", "Pastoors"),
    ("“De auto van Brandt stond nog op de parking.”", "Brandt"),
    ("“Ik heb lang met Jonkman gepraat na de sessie.”", "Jonkman"),
    ("“Ik heb een pakje voor Engelen afgegeven.”", "Engelen"),
    # the object of a verb, no article or determiner before it
    ("“We hebben Koster om hulp gevraagd.”", "Koster"),
    ("“Mijn mama kent Spruit nog van vroeger.”", "Spruit"),
    ("“We hebben Barbier uitgenodigd voor het debat.”", "Barbier"),
    ("“De jongens hadden Mouton niet verwacht.”", "Mouton"),
    ("“Ik heb Gaillard al drie keer gemaild.”", "Gaillard"),
    ("“Vorige week heb ik Smith nog gesproken.”", "Smith"),
    ("“We hebben Schenk bedankt voor de soep.”", "Schenk"),
    ("“Ik heb Costa beloofd dat ik zou komen.”", "Costa"),
    ("“Ik heb Kozak leren kennen op de trein.”", "Kozak"),
    ("“Ik heb Mulders gisteren een berichtje gestuurd.”", "Mulders"),
    ("“Ik zag Zevenboom pas na de les.”", "Zevenboom"),
    ("“Iedereen mist Godin nu ze verhuisd is.”", "Godin"),
    ("“Ik heb Bazin nooit meer teruggezien.”", "Bazin"),
    # the subject, after the verb or in a clause
    ("“Toen stond Timmerman ineens in de deuropening.”", "Timmerman"),
    ("“Na de pauze nam Jonker het woord.”", "Jonker"),
    ("“Elke week belt Boulanger ons op.”", "Boulanger"),
    ("“Ik vond dat Couturier gelijk had.”", "Couturier"),
    ("“Op het kamp sliep Petit in onze tent.”", "Petit"),
    ("“Gelukkig was Bourgeois er ook bij.”", "Bourgeois"),
    ("“Uiteindelijk koos Morel voor de andere groep.”", "Morel"),
    ("“Ook Muller was niet tevreden over de uitleg.”", "Muller"),
    ("“Toen heeft Kohl de knoop doorgehakt.”", "Kohl"),
    ("“Zelfs Evers kwam mee naar de betoging.”", "Evers"),
    ("“Elke dinsdag komt Hadji helpen in het jeugdhuis.”", "Hadji"),
    ("“Gisteren kwam Haring ons halen.”", "Haring"),
    ("“Daarna heeft Prinsen ons naar huis gebracht.”", "Prinsen"),
    ("“Het was de eerste keer dat Renner meedeed.”", "Renner"),
    ("“Toen belde Strijker me op.”", "Strijker"),
    ("“Omdat Heinen ziek was, viel de training weg.”", "Heinen"),
    ("“Volgens mij weet Melis daar meer van.”", "Melis"),
    # opening a sentence, directly before a verb of which a person is the subject
    ("“Kuipers vond het een slecht plan.”", "Kuipers"),
    ("“Wildschut belde me gisteren nog.”", "Wildschut"),
    ("“Hamel vertelde over haar stage in Spanje.”", "Hamel"),
    ("“Het was fijn. Blom lachte de hele avond.”", "Blom"),
    # coordinated with another lone surname
    ("“Ik sprak met Timmerman en Koster over de subsidie.”", "Koster"),
    # in chat lines, capitalised and in lower case
    ("[19:04] Lien: heb jij Ketel al gezien?", "Ketel"),
    ("[19:05] Bram: ik rij wel met Jacquet mee", "Jacquet"),
    ("[19:06] Lien: vraag het aan Poulain", "Poulain"),
    ("[20:11] Ayla: ik heb net met verhagen gebeld", "verhagen"),
    ("[20:12] Jonas: vraag het morgen aan leemans", "leemans"),
    # alone after a verb of employment: a person (no firm cue with it)
    ("“Ik werk al een jaar bij Lambrecht in de winkel.”", "Lambrecht"),
    ("“Mijn zus werkt voor Vanhove als poetshulp.”", "Vanhove"),
    ("“Deze zomer doe ik een studentenjob bij Hendrickx.”", "Hendrickx"),
    ("“Ik heb stage gelopen bij Verbrugge.”", "Verbrugge"),
    ("“Ik werk in het weekend bij Kramer.”", "Kramer"),
    ("“Ik werkte vroeger voor Baeten in de zaak.”", "Baeten"),
    ("“Mijn broer is vrijwilliger bij Jaspers.”", "Jaspers"),
]

#: (text, word): the word must stay.
KEEPS: list[tuple[str, str]] = [
    # the same words as common nouns, lower case mid-sentence
    ("“We kregen uitleg van een brouwer uit de streek.”", "brouwer"),
    ("“Mijn opa was kuiper van beroep.”", "kuiper"),
    ("“De timmerman heeft het podium hersteld.”", "timmerman"),
    ("“De koster opende de kerk voor ons.”", "koster"),
    ("“We kochten honing bij een imker.”", "honing"),
    ("“Er hing een ketel boven het vuur.”", "ketel"),
    ("“Een schipper bracht ons naar de overkant.”", "schipper"),
    ("“Op de markt stond een kramer met speelgoed.”", "kramer"),
    ("“De molenaar liet ons het meel zien.”", "molenaar"),
    ("“We aten haring met uitjes.”", "haring"),
    ("“Elke spies kostte twee euro.”", "spies"),
    ("“Hij stond erbij als een baron.”", "baron"),
    ("“De vissers kwamen terug met een volle boot.”", "vissers"),
    ("“De prinsen van het carnaval deelden snoep uit.”", "prinsen"),
    ("“Ik had last van een spier in mijn been.”", "spier"),
    ("“Wat een stoffel ben jij soms.”", "stoffel"),
    ("[21:02] Noor: ik heb honing meegebracht", "honing"),
    ("[21:03] Seppe: de ketel staat al op", "ketel"),
    # the same words capitalised at a sentence's start: no evidence
    ("“Brouwers gebruiken hop en mout.”", "Brouwers"),
    ("“Timmerman is een mooi beroep voor handige jongeren.”", "Timmerman"),
    ("“Honing smaakt beter dan suiker.”", "Honing"),
    ("“Haring eten we alleen in de zomer.”", "Haring"),
    ("“Vissers vertrekken hier al voor zonsopgang.”", "Vissers"),
    ("“Prinsen en prinsessen liepen mee in de stoet.”", "Prinsen"),
    ("“Kolen werden vroeger met de kar geleverd.”", "Kolen"),
    ("“Kuipers maakten vroeger tonnen.”", "Kuipers"),
    ("“Baron of niet, iedereen betaalt hetzelfde.”", "Baron"),
    ("“Spies met kip kostte twee euro.”", "Spies"),
    ("“Ketel en pannen lagen overal in de keuken.”", "Ketel"),
    ("“Proost op de vrijwilligers, riep de voorzitter.”", "Proost"),
    ("“Het was laat. Haring was er niet meer.”", "Haring"),
    # languages
    ("“Ik volg Zweeds in de avondschool.”", "Zweeds"),
    ("“Mijn buurman spreekt vloeiend Grieks.”", "Grieks"),
    ("“Ze leerde Fins via een app.”", "Fins"),
    ("“Hij leert Noors voor zijn uitwisseling.”", "Noors"),
    ("“Ik versta geen woord Deens.”", "Deens"),
    ("“Op school kunnen we Chinees kiezen.”", "Chinees"),
    ("“Zonder Japans raak je daar moeilijk de weg.”", "Japans"),
    # parties
    ("“Mijn oom is lid van Vooruit.”", "Vooruit"),
    ("“Ze stemde voor het eerst op Volt.”", "Volt"),
    ("“Een militant van PVDA deelde flyers uit.”", "PVDA"),
    # brands and chains
    ("“We kochten de schoenen bij Scapino.”", "Scapino"),
    ("“Ik werk in het weekend bij Jumbo.”", "Jumbo"),
    ("“De boor was van Makita.”", "Makita"),
    ("“Mijn gsm is een Samsung.”", "Samsung"),
    ("“Ik heb een job bij Rituals in de stad.”", "Rituals"),
    ("“We bestelden pizza bij Dominos.”", "Dominos"),
    ("“Ik kocht een nieuwe koelkast bij Krëfel.”", "Krëfel"),
    # places, after "naar" too
    ("“We fietsten naar Brakel voor de wedstrijd.”", "Brakel"),
    ("“Ik woon sinds kort in Zonnebeke.”", "Zonnebeke"),
    ("“Elke zomer gaan we naar Aalter.”", "Aalter"),
    ("“Mijn oma komt uit Lummen.”", "Lummen"),
    ("“We reden samen naar Kruishoutem.”", "Kruishoutem"),
    # an organisation named by a surname WITH a firm cue
    ("“Ik werk bij Brouwerij Kuiper in het weekend.”", "Kuiper"),
    ("“Ik werk bij Timmerman & Zonen als leerling.”", "Timmerman"),
    ("“Ik doe een vakantiejob bij Kramer en Zonen.”", "Kramer"),
    ("“Mijn zus werkt bij Lambrecht NV.”", "Lambrecht"),
    ("“Ik werk voor Hendrickx bvba.”", "Hendrickx"),
    ("“Ik heb stage gelopen bij Vanhove Transport.”", "Vanhove"),
    ("“We huurden de tenten bij Verbrugge Events.”", "Verbrugge"),
    ("“Ik werk als jobstudent bij Slagerij Baeten.”", "Baeten"),
    ("“Ik werk bij Koster & Co in de magazijnen.”", "Koster"),
    ("“Ik werk bij de firma Schollaert.”", "Schollaert"),
    ("“Ik werk bij transportbedrijf Vandeputte.”", "Vandeputte"),
    ("“Ik loop stage bij Huisman Architecten.”", "Huisman"),
    ("“Ik werk bij Bakkerij Jonker.”", "Jonker"),
    # a venue named with an article
    ("“We repeteren op vrijdag in De Ketel.”", "Ketel"),
    ("“De Molenaar is een jeugdhuis in onze buurt.”", "Molenaar"),
]


#: Strict xfails, taken off as the rules close them. When the battery was frozen (before any
#: rule) 58 of the 71 persons were published and 3 of the 68 look-alikes were masked (two
#: brands no list knows, a surname after a compound firm noun). Open after person_lone_surname:
#: two Flemish surnames NO list knows, alone after a verb of employment -- a word no list
#: knows there is as often a firm ("ik werk bij <Merknaam>"), the position cannot tell.
OPEN_PERSONS: frozenset[str] = frozenset({"Verbrugge", "Jaspers"})
# ("transportbedrijf Vandeputte": kept since session 14's keep_firms, a firm's noun and one surname)
# ("We bestelden pizza bij Dominos": kept since session 26's keep_bought.protect_bought_at, the shop one orders at)
OPEN_KEEPS: frozenset[str] = frozenset({"Makita"})
_OPEN = pytest.mark.xfail(strict=True, reason="open at the battery's start (session 13)")


#: (session 23, docs/decisions.md "Person or firm") A listed surname after a lower-case organisation
#: noun with no strong frame in the report is a person's name: masked by policy, not a miss.
_POLICY_S23 = pytest.mark.xfail(strict=True, reason="masked by session 23's policy: a listed surname after a "
                                "lower-case organisation noun, no strong frame (docs/decisions.md)")
POLICY_KEEPS: frozenset[str] = frozenset({"Vandeputte"})


def _cases(cases: list[tuple[str, str]], open_words: frozenset[str]) -> list[object]:
    return [pytest.param(text, word, id=word, marks=_OPEN if word in open_words
                         else _POLICY_S23 if word in POLICY_KEEPS and "transportbedrijf" in text else ())
            for text, word in cases]


@pytest.mark.parametrize(("text", "name"), _cases(PERSONS, OPEN_PERSONS))
def test_a_lone_surname_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text))


@pytest.mark.parametrize(("text", "word"), _cases(KEEPS, OPEN_KEEPS))
def test_the_look_alike_stays(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))

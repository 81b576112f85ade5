"""A listed first name that is also a word, OPENING a sentence before a person's apposition
or predicate (session 14, s14-initial; issue 11).

The lead's attack on main at the session's start: a first name that is also a Dutch word
("Roos", "Storm", "Merel") opening a sentence was published in nearly every shape but one
(directly before a verb of saying): before an age with "jaar", a role in brackets or between
dashes, an apposition without an article, "uit <plaats>", "van de <groep>", a verb with a
possessive. Mid-sentence the same held for the listed first names that are also a word AND a
home place ("Mark", "Linde"): the place list keeps them unless a cue of 0.4 stands with them.

This battery was written and frozen BEFORE the rule (s14-initial's note has the figure
before). Names: first names of many origins from the shipped first-name lists that a Dutch
word list also holds (each checked absent from tests/, bench/data/ and /work/shared/ with
``grep -rqw``, except the ten home-place names, a class that small); sentences my own, each
checked absent from the same folders. The look-alikes are the same kind of words as ordinary
words opening a sentence (mass nouns, weather, materials, flowers, headings, coordinations,
"uit <plaats>" of a product), and organisations and places opening a sentence before a
bracket: they pass today and must stay kept.

The chat label ("<Naam>: 'ik voel me hier thuis'") is s14-chat's class and not here."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

OPEN = pytest.mark.xfail(strict=True, reason="open at the battery's freeze (s14-initial): word-name opening a sentence")
#: Look-alikes already lost at the freeze by rules outside this class: an organisation no list
#: knows as a subject (default-deny), "Foto: X" read as a photo credit, a bare word before a
#: finite verb (``person_positions.name_word_subject``). Not this class; kept as a record.
LOST = pytest.mark.xfail(strict=True, reason="lost at the battery's freeze by another rule (s14-initial)")

# (text, name that must be masked)
LEAKS = [
    # A. an age, with "jaar", a written number or "j"
    ("“Kardelen, 16 jaar, komt elke woensdag naar het jeugdhuis.”", "Kardelen"),
    ("“Valentijn (17 jaar) zit in het laatste jaar van de middelbare school.”", "Valentijn"),
    ("“Madelief, zeventien jaar, droomt van een eigen studio.”", "Madelief"),
    ("“Robijn (15j) speelt al vijf jaar bij de harmonie.”", "Robijn"),
    ("“Knut, 14 jaar oud, wil later dierenarts worden.”", "Knut"),
    ("“Daisy (twaalf) durfde als eerste het podium op.”", "Daisy"),
    ("“Nadir, 19 jaar en net afgestudeerd, zoekt een kot in Leuven.”", "Nadir"),
    ("“Penny (16 jaar) kwam vorig jaar uit Eritrea.”", "Penny"),
    ("“Gazel, 18 jaar, begeleidt zelf een groepje kleuters.”", "Gazel"),
    ("“Sultane (13 jaar) tekende de affiche voor het feest.”", "Sultane"),
    # B. a role in brackets
    ("“Melodie (animator) gaf de kinderen een rondleiding.”", "Melodie"),
    ("“Ernst (jeugdwerker) zette de stoelen in een kring.”", "Ernst"),
    ("“Clement (begeleider) hield de groep goed in de gaten.”", "Clement"),
    ("“Flora (vrijwilligster) schonk de hele avond koffie.”", "Flora"),
    ("“Talib (jongerenwerker) bracht de gasten samen rond een tafel.”", "Talib"),
    ("“Vreugde (kookouder) maakte soep voor veertig kinderen.”", "Vreugde"),
    ("“Holm (hoofdleider) opende het kamp met een spel.”", "Holm"),
    ("“Sibille (leerkracht) nam haar klas mee naar de studiedag.”", "Sibille"),
    ("“Iva (stagiaire) noteerde alles op een flap.”", "Iva"),
    ("“Kit (monitor) blies op zijn fluitje.”", "Kit"),
    # C. a person noun in brackets: kinship, pupil, student, newcomer, participant
    ("“Gul (moeder van drie) vroeg naar de prijs van het kamp.”", "Gul"),
    ("“Constant (vader van twee tieners) zit in de ouderraad.”", "Constant"),
    ("“Nonna (oma van een van de kampers) bakte een taart.”", "Nonna"),
    ("“Fortuin (leerling uit het vijfde jaar) stelde een scherpe vraag.”", "Fortuin"),
    ("“Aurora (studente sociaal werk) deed mee aan de workshop.”", "Aurora"),
    ("“Slaven (nieuwkomer uit Oekraïne) sprak over zijn nieuwe school.”", "Slaven"),
    ("“Mina (tiener, 15) wou vooral meer inspraak.”", "Mina"),
    ("“Kelvin (deelnemer) schreef zijn idee op een post-it.”", "Kelvin"),
    # D. an aside between dashes
    ("“Neven – animator bij de speelpleinwerking – legde de regels uit.”", "Neven"),
    ("“Vrede – jeugdconsulent – opende de namiddag.”", "Vrede"),
    ("“Candida — vrijwilliger sinds 2019 — kent iedereen bij naam.”", "Candida"),
    ("“Torsten - begeleider van de tieners - bleef tot het einde.”", "Torsten"),
    ("“Gala – 16 jaar – stond voor het eerst op een podium.”", "Gala"),
    ("“Earl – coach van de minivoetbalploeg – had een plan.”", "Earl"),
    ("“Nada – moeder van twee – zit in de ouderwerking.”", "Nada"),
    ("“Liane – leidster bij de kabouters – zong het afsluitlied.”", "Liane"),
    # E. an apposition without an article
    ("“Modest, leraar in een technische school, stelde een proefproject voor.”", "Modest"),
    ("“Julienne, vrijwilligster bij de voedselbank, deelde pakketten uit.”", "Julienne"),
    ("“Valere, voorzitter van de jeugdraad, opende de avond.”", "Valere"),
    ("“Viola, studente sociaal werk, hield een korte presentatie.”", "Viola"),
    ("“Margarita, mama van twee pubers, zit in de ouderwerking.”", "Margarita"),
    ("“Sherry, animatrice op het speelplein, kende alle spelletjes.”", "Sherry"),
    ("“Lev, hoofdleider van de scouts, had de tenten al opgezet.”", "Lev"),
    ("“Aga, kok op kamp, kookte voor zestig man.”", "Aga"),
    ("“Paco, leerling van het zesde jaar, vroeg het woord.”", "Paco"),
    ("“Diamant, jongerenwerker in de wijk, kent de gasten goed.”", "Diamant"),
    # F. "uit <plaats>" and a person's predicate
    ("“Lila uit Oostende vond het spel te moeilijk.”", "Lila"),
    ("“Reiner uit Hasselt zei dat het te laat werd.”", "Reiner"),
    ("“Maren uit Leuven vroeg of er ook vegetarisch eten was.”", "Maren"),
    ("“Janus uit Mechelen woont sinds kort op kot.”", "Janus"),
    ("“Klare uit Aalst lachte om de vraag.”", "Klare"),
    ("“Gemma uit Turnhout stak als eerste haar vinger op.”", "Gemma"),
    ("“Nestor uit Ronse antwoordde meteen.”", "Nestor"),
    ("“Safari uit Kortrijk vertelde over haar eerste kamp.”", "Safari"),
    # G. "van de <groep>" and a person's predicate
    ("“Camelia van de jeugddienst legde het reglement uit.”", "Camelia"),
    ("“Vit van de speelpleinwerking vertelde over de zomer.”", "Vit"),
    ("“Kristal van de ouderraad vroeg het woord.”", "Kristal"),
    ("“Haas van de scouts zei dat er te weinig leiding is.”", "Haas"),
    ("“Urban van het jeugdhuis deed de deur open.”", "Urban"),
    ("“Hagen van de kookploeg bracht broodjes mee.”", "Hagen"),
    ("“Sema van de leerlingenraad las de conclusies voor.”", "Sema"),
    ("“Rasa van de stad gaf uitleg over de subsidies.”", "Rasa"),
    # H. a verb and a possessive with what only a person has
    ("“Iva stak haar vinger op.”", "Iva"),
    ("“Knut schudde zijn hoofd.”", "Knut"),
    ("“Nacht haalde haar schouders op.”", "Nacht"),
    ("“Amor deed zijn verhaal over de wachtlijst.”", "Amor"),
    ("“Fancy gaf haar mening over het nieuwe lokaal.”", "Fancy"),
    ("“Bono belde zijn mama om te zeggen dat het later werd.”", "Bono"),
    ("“Gerold nam zijn gitaar mee naar het kampvuur.”", "Gerold"),
    ("“Violette pakte haar rugzak en vertrok.”", "Violette"),
    ("“Tomen sloot zijn ogen tijdens de meditatie.”", "Tomen"),
    ("“Liefde zocht haar jas tussen de andere jassen.”", "Liefde"),
    # I. in a second sentence
    ("“Het spel duurde een uur. Ernst (animator) hield de tijd bij.”", "Ernst"),
    ("“De zaal liep vol. Penny, 16 jaar, nam als eerste het woord.”", "Penny"),
    ("“Na de pauze ging het verder. Lila uit Brugge vertelde over haar kot.”", "Lila"),
    ("“Niemand durfde. Daisy stak haar hand op.”", "Daisy"),
    ("“We begonnen om negen uur. Flora – begeleider – deelde de groepen in.”", "Flora"),
    ("“Iedereen was moe! Kit, monitor op het speelplein, zette muziek op.”", "Kit"),
    ("“Wat een dag. Nonna (oma van twee kampers) bleef tot de afwas klaar was.”", "Nonna"),
    ("“Eerst was er soep. Urban van het jeugdhuis schepte op.”", "Urban"),
    # J. a caption
    ("Op de foto: Geluk (animator) met de jongste kinderen.", "Geluk"),
    ("Foto: Marina, vrijwilligster, deelt soep uit aan de deelnemers.", "Marina"),
    ("Links op de foto: Diamant (begeleider), rechts de kampleiding.", "Diamant"),
    ("Bijschrift: Madison (15 jaar) tijdens de workshop graffiti.", "Madison"),
    ("Op de foto: Sibille – leerkracht – met haar klas.", "Sibille"),
    ("Foto: Nestor uit Ronse toont zijn tekening.", "Nestor"),
    # K. the names that are also a home place, mid-sentence (the Mark/Linde class)
    ("“We spraken met Erica, 15 jaar, over haar kamp.”", "Erica"),
    ("“Gisteren kwam Peer (animator) nog even langs.”", "Peer"),
    ("“Toen kwam Horst (jeugdwerker) binnen met de sleutels.”", "Horst"),
    ("“Ik vroeg het aan Heide, 17 jaar, die al drie jaar leiding geeft.”", "Heide"),
    ("“Het was Axel die de vergadering leidde.”", "Axel"),
    ("“Daarna legde Lies (begeleider) het spel uit.”", "Lies"),
    ("“Ik kende Made (16) nog van de lagere school.”", "Made"),
    ("“Samen met Lot en haar zus maakten we de affiches.”", "Lot"),
]

# (text, word that must stay): the same kind of words as ordinary words opening a sentence,
# and organisations and places opening a sentence before a bracket.
KEEPS = [
    # a bracket after a mass noun, a material, the weather, a season: no person inside
    ("“Vrede (en veiligheid) staat centraal in het project.”", "Vrede"),
    ("“Goud (Au) is het zwaarste metaal van de tabel.”", "Goud"),
    ("“Zilver (tweede plaats) ging naar de ploeg uit Lier.”", "Zilver"),
    ("“Regen (veel regen) bleef de hele dag vallen.”", "Regen"),
    ("“Wind (kracht 6) maakte het opzetten van de tenten lastig.”", "Wind"),
    ("“Herfst (oktober en november) is de drukste periode voor de jeugddienst.”", "Herfst"),
    ("“Nacht (22 tot 7 uur) betekent stilte op het kampterrein.”", "Nacht"),
    ("“Storm (code oranje) gooide roet in het eten.”", "Storm"),
    ("“Sneeuw (tien centimeter) legde het verkeer plat.”", "Sneeuw"),
    ("“Liefde (zie hoofdstuk 3) is het thema van dit jaar.”", "Liefde"),
    ("“Geluk (blz. 12) gaat over wat jongeren blij maakt.”", "Geluk"),
    ("“Kristal (glas) breekt sneller dan je denkt.”", "Kristal"),
    # a bracket after an organisation or a place
    ("“Kortrijk (West-Vlaanderen) won de prijs voor de beste jeugdwerking.”", "Kortrijk"),
    ("“Genk (Limburg) telt veel jeugdhuizen.”", "Genk"),
    pytest.param("“Oxfam (Wereldwinkels) leverde de koffie voor de pauze.”", "Oxfam", marks=LOST),
    pytest.param("“Ketnet (VRT) maakte er een reportage over.”", "Ketnet", marks=LOST),
    ("“Mechelen (provincie Antwerpen) heeft een nieuw jeugdcentrum.”", "Mechelen"),
    pytest.param("“Amnesty (Vlaanderen) gaf een vorming over mensenrechten.”", "Amnesty", marks=LOST),
    ("“Leuven (Vlaams-Brabant) opent in mei een nieuw kinderatelier.”", "Leuven"),
    ("“Scouts en Gidsen (Vlaanderen) telt meer leden dan ooit.”", "Scouts"),
    ("“Unicef (Verenigde Naties) steunt het project.”", "Unicef"),
    ("“Brussel (hoofdstad) kreeg de meeste aanvragen.”", "Brussel"),
    # coordinations of ordinary words
    ("“Goud en zilver voor onze atleten op de jeugdspelen.”", "Goud"),
    ("“Wind en regen hielden niemand tegen.”", "Wind"),
    ("“Kat en hond mogen niet mee op kamp.”", "Kat"),
    ("“Liefde en respect zijn de twee waarden van de werking.”", "Liefde"),
    ("“Regen of zon, het kamp gaat door.”", "Regen"),
    ("“Tulp en narcis staan als eerste in bloei.”", "Tulp"),
    ("“Vrede, vrijheid en veiligheid: daar gaat het over.”", "Vrede"),
    ("“Haas, kip of tofu: de kinderen kozen zelf.”", "Haas"),
    # headings and labels in notes
    ("Geluk: wat maakt jongeren blij?", "Geluk"),
    ("Vrede: een werkwoord", "Vrede"),
    ("Regen: alles binnen om drie uur", "Regen"),
    ("Herfst: tijd voor de jaarplanning", "Herfst"),
    ("Nacht: stilte vanaf elf uur", "Nacht"),
    ("Goud: de beste ideeën van de dag", "Goud"),
    # a comma after an ordinary word, with no person in the apposition
    ("“Vrede, dat is wat iedereen wil.”", "Vrede"),
    ("“Geluk, zo bleek, zit in kleine dingen.”", "Geluk"),
    ("“Liefde, vriendschap en respect stonden op het bord.”", "Liefde"),
    ("“Goud, zilver en brons gingen naar Gent.”", "Goud"),
    ("“Regen, wind en kou: niets hield ons tegen.”", "Regen"),
    ("“Vrede, 80 jaar na de bevrijding, blijft kostbaar.”", "Vrede"),
    ("“Sneeuw, twee dagen lang, maakte het kamp onvergetelijk.”", "Sneeuw"),
    ("“Zilver, het metaal van de tweede plaats, glansde in de zon.”", "Zilver"),
    # dashes after an ordinary word
    ("“Storm – windkracht 9 – hield de kinderen binnen.”", "Storm"),
    ("“Regen – veel regen – maakte het terrein drassig.”", "Regen"),
    ("“Geluk – een groot woord – stond centraal.”", "Geluk"),
    ("“Vrede – of wat ervoor doorgaat – is broos.”", "Vrede"),
    # "uit" with a product, the weather, a material
    ("“Zilver uit Bolivia is goedkoper.”", "Zilver"),
    ("“Regen uit het westen trekt over het land.”", "Regen"),
    ("“Wind uit het noorden maakte het koud.”", "Wind"),
    ("“Goud uit Ghana wordt in Antwerpen geslepen.”", "Goud"),
    ("“Sneeuw uit Scandinavië bereikt morgen de kust.”", "Sneeuw"),
    ("“Kristal uit Val-Saint-Lambert staat in de vitrine.”", "Kristal"),
    # "van de/het" after an ordinary word
    ("“Regen van de voorbije dagen zorgde voor modder.”", "Regen"),
    ("“Wind van de zee blies de tenten bijna weg.”", "Wind"),
    ("“Liefde van de ouders is onmisbaar.”", "Liefde"),
    ("“Geluk van het kind staat voorop.”", "Geluk"),
    ("“Goud van de schatkist bleek chocolade te zijn.”", "Goud"),
    # a possessive after a verb, with a thing's possession
    ("“Herfst toont haar kleuren in het park.”", "Herfst"),
    ("“Storm laat zijn sporen na in het bos.”", "Storm"),
    ("“Regen deed zijn werk: het veld was een modderpoel.”", "Regen"),
    pytest.param("“Wind kreeg vrij spel op het open terrein.”", "Wind", marks=LOST),
    ("“Nacht viel snel over het kampterrein.”", "Nacht"),
    pytest.param("“Liefde kent geen grenzen.”", "Liefde", marks=LOST),
    ("“Geluk zit in een klein hoekje.”", "Geluk"),
    ("“Vrede begint bij jezelf.”", "Vrede"),
    # in a second sentence
    ("“Het was koud. Regen (veel regen) maakte het erger.”", "Regen"),
    ("“Wat een dag. Goud en zilver voor onze ploeg!”", "Goud"),
    ("“We liepen naar buiten. Wind uit het noorden sneed in ons gezicht.”", "Wind"),
    ("“Het thema was duidelijk. Vrede, dat is wat iedereen wil.”", "Vrede"),
    ("“De prijsuitreiking volgde. Kortrijk (West-Vlaanderen) won.”", "Kortrijk"),
    # captions with an ordinary word or a place first
    ("Op de foto: Kortrijk (West-Vlaanderen) bij nacht.", "Kortrijk"),
    pytest.param("Foto: Goud en zilver voor de ploeg uit Lier.", "Goud", marks=LOST),
    pytest.param("Op de foto: Sneeuw (tien centimeter) op het kampterrein.", "Sneeuw", marks=LOST),
    # the home places that are also names, as places mid-sentence
    ("“We fietsten langs de Mark, 15 km stroomopwaarts.”", "Mark"),
    ("“Het jeugdhuis in Linde (Peer) zoekt nieuwe vrijwilligers.”", "Linde"),
    ("“In Horst (Limburg) staat een groot kampterrein.”", "Horst"),
    ("“De kinderen uit Heide (Kalmthout) kwamen met de bus.”", "Heide"),
    ("“We verbleven in Peer, 20 km van Hasselt.”", "Peer"),
    ("“Het kamp in Axel (Zeeland) was een succes.”", "Axel"),
    ("“Een vacature: animator (m/v) voor de zomer in Peer.”", "Peer"),
    ("“Animator (m/v) gezocht voor de speelpleinwerking in Mechelen.”", "Mechelen"),
]

# Added after the freeze (the rule's second slice): shapes found while building it -- a photo
# caption's position in brackets, an affiliation in brackets or between dashes before a
# person's predicate -- with look-alikes of the same shapes.
LEAKS_AFTER_FREEZE = [
    ("Madelief (l.) en Valentijn (r.) aan de kampvuurtafel.", "Madelief"),
    ("Op de foto: Robijn (links) met de jongste kinderen.", "Robijn"),
    ("“Madelief (Chiro Gent) legde het spel uit.”", "Madelief"),
    ("“Camelia (Scouts Wondelgem) vertelde over haar kamp.”", "Camelia"),
    ("“Knut – KSA Brugge – vond het spel te moeilijk.”", "Knut"),
]
KEEPS_AFTER_FREEZE = [
    ("“Storm (KMI) waarschuwt voor windstoten.”", "Storm"),
    ("“Sneeuw (twintig centimeter) bleef drie dagen liggen.”", "Sneeuw"),
    ("“Goud (Olympische Spelen) ging naar de ploeg uit Gent.”", "Goud"),
    ("“Wind – kracht 7 – blies de tenten plat.”", "Wind"),
]
# Slice 2: the ten first names that are also a Dutch word AND a home place (Axel, Erica, Heide,
# Horst, Lies, Linde, Lot, Made, Mark, Peer) inside a sentence, in the person positions with no
# cue of 0.4 -- read as "Brecht" (a first name and a home place that is no word) always was:
# the capital inside a sentence rules the word out, the place stays where a place stands.
LEAKS_HOME_PLACE = [
    ("“Dankzij Horst konden we toch op kamp.”", "Horst"),
    ("“Ik stuurde Heide meteen een berichtje.”", "Heide"),
    ("“Dat was het voorstel van Erica, niet van de schepen.”", "Erica"),
    ("“Toen riep Lot dat de bus er was.”", "Lot"),
    ("“Ja Peer, dat klopt.”", "Peer"),
    ("“We zaten met Axel, Ilias en Febe aan een tafel.”", "Axel"),
    ("“Iedereen kent Made hier wel.”", "Made"),
    ("“Ons Lies had de sleutels vergeten.”", "Lies"),
]
KEEPS_HOME_PLACE = [
    ("“We gingen op kamp naar Axel.”", "Axel"),
    ("“Ik woon al tien jaar in Peer.”", "Peer"),
    ("“De jongeren uit Heide en Lommel kwamen samen.”", "Heide"),
    ("“Peer telt veel jeugdverenigingen.”", "Peer"),
    ("“Heide, Kalmthout en Essen werken samen.”", "Heide"),
    ("“De jeugdraad van Horst kreeg een prijs.”", "Horst"),
    ("“Tussen Lot en Halle ligt het bos.”", "Lot"),
    ("“We fietsten langs de Mark tot aan de grens.”", "Mark"),
]
LEAKS += LEAKS_AFTER_FREEZE + LEAKS_HOME_PLACE
KEEPS += KEEPS_AFTER_FREEZE + KEEPS_HOME_PLACE


def _leak(text: str, name: str) -> str:
    return f"{name!r} left in {anonymise_text(text)!r}"


@pytest.mark.parametrize(("text", "name"), LEAKS)
def test_word_name_opening_a_sentence_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text)), _leak(text, name)


@pytest.mark.parametrize(("text", "word"), KEEPS)
def test_the_same_words_as_ordinary_words_stay(text: str, word: str) -> None:
    out = anonymise_text(text)
    assert word_in(word, out), f"{word!r} lost in {out!r}"


def test_battery_sizes() -> None:
    assert len(LEAKS) >= 80 and len(KEEPS) >= 80
    for cases in (LEAKS, KEEPS):
        texts = [c.values[0] if hasattr(c, "values") else c[0] for c in cases]
        assert len(set(texts)) == len(texts)

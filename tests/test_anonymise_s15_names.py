"""Names published because a list reads them as a word, or a trade word stands before them
(issue 11, session 15, s15-names: the severity-1 classes session 14 left open).

Frozen before any rule was written (main 3b78a90). Every name below is s15-names' own and was
checked absent from tests/, bench/data/, /work/shared/ and the lead's attack scripts (``grep
-rlwF``, case-sensitive, as a whole word; the surnames with ``-i``). Four classes, each a set of
person sentences and a set of look-alikes (the same words as ordinary words, titles, places,
organisations, firms) that must stay kept:

1. **A short first name that some list reads as a word** (Turkish "Tuna", "Bora", "Alp";
   Moroccan/Afghan "Hind", "Sultan", "Khan"; Congolese/French "Miracle", "Chance", "Modeste",
   "Belle"; Somali "Bile"; Romanian "Dor"; Flemish "Sus"; English "Will", "Pat", "Reed";
   Vietnamese/Chinese "Hai", "Tam", "Nam", "Ping", "Yen", "Hang") in a person's position:
   "Groetjes, X!", "Ja X,", "Ons X had ...", "het idee van X", "Ik stuurde X een berichtje",
   "Dankzij X", "Iedereen kent X", "Toen riep X dat", "Ik zag X huilen", "Dat vond X", "We
   hebben X gevraagd", "Een jongen (X)", "X en <naam>", "Waar is X naartoe?".
2. **A season or nature word as a name** no list holds as one ("Ochtend", "Hagel", "Nevel",
   "Noorderlicht", "Najaar", Spanish and Japanese season words) in the same positions.
3. **A person's trade word before a surname** ("Schilder X", "Zaakvoerder X", "bakker X");
   look-alikes: the firm ("Bakkerij X", "Schilderwerken X", "Slagerij X") and the trade word as
   a word ("Bakker worden ...").
4. **A chat label that is a word** ("Hagel: ik ben er om zeven uur"), **"speel met x"** in
   lower-case text, **a name in capitals no list holds**, **an elided particle** ("d'X").

Each row is (sentence, word, open at the freeze). At the freeze 25/30, 20/27, 3/30 and 19/26 of
the four classes' persons were published; the look-alikes were kept but for 4/28, 1/25, 1/27
and 0/26 (flagged: the keep side, masked already -- not this module's class). A row still
open is a strict xfail; a rule that closes it flips its flag."""

from __future__ import annotations

import pytest

from perskamer.plugins.anonymise.replace import anonymise_text
from perskamer.testing import word_in

WORD = pytest.mark.xfail(strict=True, reason="open class (s15-names): a first name a list reads as a word")
SEASON = pytest.mark.xfail(strict=True, reason="open class (s15-names): a season or nature word as a name")
TRADE = pytest.mark.xfail(strict=True, reason="open class (s15-names): a trade word before a surname")
OTHER = pytest.mark.xfail(strict=True, reason="open class (s15-names): chat label, 'speel met x', capitals, d'X")
KEEP = pytest.mark.xfail(strict=True, reason="keep side: masked at the freeze, not this module's class")

WORD_FIRST_NAMES = [
    ("“Groetjes, Tuna! Tot volgende week in het jeugdhuis.”", "Tuna", False),
    ("“Ja Bora, dat klopt, de bus vertrekt om acht uur.”", "Bora", False),
    ("“Ons Alp had de sleutels van de lokalen weer vergeten.”", "Alp", False),
    ("“Dat was het idee van Ata, niet van de leiding.”", "Ata", False),
    ("“Ik stuurde Nil meteen een berichtje toen de trein vertraging had.”", "Nil", False),
    ("“Dankzij Hind kregen we toch nog een lokaal voor de huiswerkklas.”", "Hind", True),
    ("“Iedereen in de wijk kent Sultan wel, hij staat elke dag aan het pleintje.”", "Sultan", True),
    ("“Toen riep Khan dat het eten klaar was.”", "Khan", False),
    ("“Ik zag Miracle huilen na de laatste avond van het kamp.”", "Miracle", False),
    ("“Dat vond Chance echt onrechtvaardig, en ze had gelijk.”", "Chance", False),
    ("“We hebben Prince gevraagd om het jongerenpanel voor te zitten.”", "Prince", True),
    ("“Een jongen (Modeste) vertelde over zijn eerste week in Brussel.”", "Modeste", False),
    ("“Parfait en Wouter gaven samen de workshop over rappen.”", "Parfait", False),
    ("“Groetjes, Belle!”", "Belle", False),
    ("“Waar is Blanche nu weer naartoe? Ze had de microfoon.”", "Blanche", True),
    ("“Het was Bile die de vergadering leidde, niet de directeur.”", "Bile", False),
    ("“Ja Dor, je mag als eerste beginnen.”", "Dor", False),
    ("“Ons Sus is al drie jaar leiding bij de scouts.”", "Sus", False),
    ("“Ik stuurde Will een foto van het podium.”", "Will", False),
    ("“Dat was het idee van Pat, zij had de affiches al klaar.”", "Pat", False),
    ("“Dankzij Wade mochten we de zaal gratis gebruiken.”", "Wade", True),
    ("“Iedereen kent Reed hier, hij komt al sinds zijn tiende.”", "Reed", True),
    ("“Groetjes, Pearl, en tot op het kamp!”", "Pearl", False),
    ("“Toen riep Hai dat de pizza's er waren.”", "Hai", False),
    ("“Ik zag Tam lachen toen de uitslag bekend werd.”", "Tam", False),
    ("“Ons Nam had het hele weekend de kassa gedaan.”", "Nam", False),
    ("“Dat vond Ping ook, ze stak meteen haar hand op.”", "Ping", False),
    ("“We hebben Yen gevraagd om de foto's te maken.”", "Yen", True),
    ("“Ja Hang, zo gaan we het doen.”", "Hang", False),
    ("“Sage en Nicolas hebben het hele spel bedacht.”", "Sage", False),
]

WORD_FIRST_KEPT = [
    ("“Groetjes uit Oostende en tot volgende week!”", "Oostende", False),
    ("“Ja Vlaanderen, dat is hier klein.”", "Vlaanderen", False),
    ("“Dat was het idee van de jeugdraad, niet van de leiding.”", "jeugdraad", False),
    ("“Dankzij Erasmus kregen we een beurs voor de uitwisseling.”", "Erasmus", True),
    ("“Iedereen in de wijk kent Fortnite wel.”", "Fortnite", False),
    ("“Ik stuurde Fedasil meteen een mail toen het centrum vol zat.”", "Fedasil", False),
    ("“Dankzij Unicef kregen we de spelkoffers.”", "Unicef", False),
    ("“We hebben Brussel gevraagd om een extra subsidie.”", "Brussel", False),
    ("“Het was Tiktok die alles in gang zette.”", "Tiktok", False),
    ("“Volgens Unia moet de gemeente meer doen.”", "Unia", True),
    ("“Over Minecraft wil ik niets slechts zeggen.”", "Minecraft", False),
    ("“Onze tuna-pasta was op in tien minuten.”", "tuna-pasta", False),
    ("“Een sultan van het oude Turkije leefde in een paleis, vertelde de gids.”", "sultan", False),
    ("“Ik zag mijn kans en ik greep ze.”", "kans", False),
    ("“Hij had geen chance meer na die fout.”", "chance", False),
    ("“We aten een parfait als dessert.”", "parfait", False),
    ("“De prince van het toneelstuk werd gespeeld door een meisje.”", "prince", False),
    ("“Het was een miracle, zeiden ze in het Engels.”", "miracle", False),
    ("“We hebben het in de pauze over de yen en de euro gehad.”", "yen", False),
    ("“Ping-pong spelen we elke vrijdag.”", "Ping-pong", False),
    ("“Tam-tam maakte de groep met de trommels.”", "Tam-tam", True),
    ("“Dankzij Sport Vlaanderen kregen we nieuwe ballen.”", "Sport", False),
    ("“Iedereen kent Genk hier wel van het voetbal.”", "Genk", False),
    ("“Toen riep de gemeente dat het plein dicht moest.”", "gemeente", False),
    ("“Groetjes van de hele Chiro!”", "Chiro", False),
    ("“Ik zag Titanic drie keer in de cinema.”", "Titanic", True),
    ("“Dat vond Samenlevingsopbouw ook een goed idee.”", "Samenlevingsopbouw", False),
    ("“We hebben Kazou gevraagd om het kamp te organiseren.”", "Kazou", False),
]

SEASON_NAMES = [
    ("“Groetjes, Ochtend! Schrijf je snel terug?”", "Ochtend", False),
    ("“Ja Hagel, dat klopt, ik heb je jas.”", "Hagel", False),
    ("“Ons Nevel had de hele nacht geen oog dichtgedaan.”", "Nevel", False),
    ("“Dat was het idee van Aarde, niet van mij.”", "Aarde", False),
    ("“Ik stuurde Licht een berichtje om te vragen waar ze bleef.”", "Licht", False),
    ("“Dankzij Lucht konden we nog een dag langer blijven.”", "Lucht", True),
    ("“Iedereen kent Mist hier, ze is al tien jaar vrijwilliger.”", "Mist", True),
    ("“Toen riep Duin dat de bus er was.”", "Duin", False),
    ("“Ik zag Oever huilen toen het afscheid kwam.”", "Oever", False),
    ("“Dat vond Kreek ook niet eerlijk.”", "Kreek", False),
    ("“We hebben Stroom gevraagd om de eerste vraag te stellen.”", "Stroom", True),
    ("“Een meisje (Gloed) vertelde over haar stage.”", "Gloed", False),
    ("“Echo en Ibrahim hebben de hele avond gekookt.”", "Echo", False),
    ("“Het was Zang die ons naar het station bracht.”", "Zang", True),
    ("“Waar is Noorderlicht nu weer naartoe?”", "Noorderlicht", True),
    ("“Groetjes, Maanlicht!”", "Maanlicht", False),
    ("“Ja Zonneschijn, je mag het zeggen.”", "Zonneschijn", False),
    ("“Ons Zeewind is de jongste van de groep.”", "Zeewind", False),
    ("“Dat was het idee van Varen, zij wou een petitie.”", "Varen", True),
    ("“Ik stuurde Avondrood een foto van de tent.”", "Avondrood", True),
    ("“Dankzij Najaar hadden we genoeg eten voor iedereen.”", "Najaar", True),
    ("“Iedereen kent Voorjaar wel van de fanfare.”", "Voorjaar", True),
    ("“Toen riep Winterzon dat iedereen moest stoppen.”", "Winterzon", False),
    ("“Ik zag Primavera lachen tijdens de quiz.”", "Primavera", False),
    ("“We hebben Verano gevraagd om mee te gaan naar het stadhuis.”", "Verano", False),
    ("“Dat vond Invierno ook, hij zei het luid.”", "Invierno", False),
    ("“Haru en Amira hebben samen het toneel geschreven.”", "Haru", False),
]

SEASON_KEPT = [
    ("“In de ochtend zijn we met de fiets vertrokken.”", "ochtend", False),
    ("“De hagel sloeg tegen de tenten.”", "hagel", False),
    ("“Aarde, water en lucht waren de thema's van de dag.”", "Aarde", False),
    ("“Licht en geluid werden geregeld door de technieker.”", "Licht", False),
    ("“Mist hing de hele ochtend over het kampterrein.”", "Mist", False),
    ("“We speelden tussen de duinen aan zee.”", "duinen", False),
    ("“Dankzij De Kreek konden we blijven slapen.”", "Kreek", False),
    ("“Het festival Echo was dit jaar uitverkocht.”", "Echo", False),
    ("“We zongen in het koor, zang is mijn passie.”", "zang", False),
    ("“Het noorderlicht zagen we in Noorwegen.”", "noorderlicht", False),
    ("“Ons thema was Zonneschijn en Regen.”", "Zonneschijn", False),
    ("“Het najaar is druk voor de jeugdhuizen.”", "najaar", False),
    ("“In het voorjaar starten we met de tuin.”", "voorjaar", False),
    ("“Primavera is het Spaanse woord voor lente.”", "Primavera", True),
    ("“Jeugdhuis Stroom organiseert elke vrijdag een fuif.”", "Stroom", False),
    ("“We gingen naar de Oever in Gent voor de jeugdraad.”", "Oever", False),
    ("“Kamp Zeewind was dit jaar in de Ardennen.”", "Zeewind", False),
    ("“Het Noorderlicht is ons nieuwe lokaal.”", "Noorderlicht", False),
    ("“We zagen Avondrood in de schouwburg, een mooie voorstelling.”", "Avondrood", False),
    ("“Varen op de Leie was het hoogtepunt.”", "Varen", False),
    ("“Groetjes vanuit het Maanlicht-kamp!”", "Maanlicht-kamp", False),
    ("“Dankzij het mooie weer en de zon konden we buiten eten.”", "zon", False),
    ("“De gloed van het kampvuur was prachtig.”", "gloed", False),
    ("“Jeugdhuis Nevel sluit om middernacht.”", "Nevel", False),
    ("“Iedereen kent Gloed wel, het café op de markt.”", "Gloed", False),
]

TRADE_NAMES = [
    ("“De buurman, Schilder Goeminne, kwam de muren van het lokaal verven.”", "Goeminne", False),
    ("“Zaakvoerder Karagöz gaf ons gratis drank voor de fuif.”", "Karagöz", False),
    ("“Bakker Ketelaere sponsorde alle taarten voor het feest.”", "Ketelaere", False),
    ("“We kregen hulp van Loodgieter Öztürkmen toen de leiding sprong.”", "Öztürkmen", False),
    ("“Boekhoudster Bălănescu legde uit hoe de subsidie werkt.”", "Bălănescu", False),
    ("“Rijinstructeur Hnatyshyn gaf een les over verkeersveiligheid.”", "Hnatyshyn", False),
    ("“Winkelbediende Truong herkende ons van het kamp.”", "Truong", False),
    ("“Ik heb het aan bakker Kloosterboer gevraagd en hij zei ja.”", "Kloosterboer", True),
    ("“Beenhouwer Delacroix leverde de worsten voor de barbecue.”", "Delacroix", False),
    ("“Kapper Osmanoğlu knipte die zaterdag gratis voor de jongeren.”", "Osmanoğlu", False),
    ("“Garagist Cojocaru hielp ons met de busjes.”", "Cojocaru", False),
    ("“Timmerman Hoogendoorn bouwde het podium in twee dagen.”", "Hoogendoorn", False),
    ("“Tuinman Pemberton liet ons de moestuin zien.”", "Pemberton", False),
    ("“Elektricien Liang kwam de verlichting nakijken.”", "Liang", False),
    ("“Schrijnwerker Barzani maakte de banken voor het jeugdhuis.”", "Barzani", False),
    ("“Postbode Xoshnaw bracht de brieven tot aan de tent.”", "Xoshnaw", False),
    ("“Chauffeur Dirie wachtte twee uur op ons.”", "Dirie", False),
    ("“Apotheker Qaderi legde uit wat je bij een tekenbeet moet doen.”", "Qaderi", False),
    ("“Slager Pietrzak gaf ons korting op het vlees.”", "Pietrzak", False),
    ("“Zaakvoerster Zêrevan van de frituur sponsorde de friet.”", "Zêrevan", False),
    ("“Fietsenmaker Jimcaale herstelde alle fietsen voor de tocht.”", "Jimcaale", False),
    ("“Buschauffeur Sadozai reed ons veilig naar Brussel.”", "Sadozai", False),
    ("“Dakwerker Kılınçarslan repareerde het dak van het lokaal.”", "Kılınçarslan", False),
    ("“Kinesist Marinescu gaf tips over blessures bij het sporten.”", "Marinescu", False),
    ("“Volgens loodgieter Tkachuk was de leiding veel te oud.”", "Tkachuk", False),
    ("“Metser Smulders kwam elke zaterdag helpen met de verbouwing.”", "Smulders", False),
    ("“Onze sponsor, Bloemist Whitcombe, gaf de bloemen voor de zaal.”", "Whitcombe", False),
    ("“Poetsvrouw Beaulieu kende alle kinderen bij naam.”", "Beaulieu", False),
    ("“Conciërge Akbari deed elke ochtend de poort open.”", "Akbari", False),
    ("“Ik sprak met Kapster Lewandowska over een stageplaats.”", "Lewandowska", False),
]

TRADE_KEPT = [
    ("“Bakkerij Ketelaere sponsorde alle taarten voor het feest.”", "Ketelaere", False),
    ("“Schilderwerken Goeminne deed de muren van het lokaal.”", "Goeminne", False),
    ("“Slagerij Pietrzak leverde het vlees voor de barbecue.”", "Pietrzak", False),
    ("“Garage Cojocaru hielp ons met de busjes.”", "Cojocaru", False),
    ("“Kapsalon Osmanoğlu knipte die zaterdag gratis.”", "Osmanoğlu", False),
    ("“Apotheek Qaderi gaf ons een EHBO-koffer.”", "Qaderi", False),
    ("“Dakwerken Kılınçarslan repareerde het dak van het lokaal.”", "Kılınçarslan", False),
    ("“Bouwbedrijf Hoogendoorn schonk het hout voor het podium.”", "Hoogendoorn", False),
    ("“Tuincentrum Pemberton gaf ons plantjes voor de moestuin.”", "Pemberton", False),
    ("“Schrijnwerkerij Barzani maakte de banken voor het jeugdhuis.”", "Barzani", False),
    ("“Rijschool Hnatyshyn gaf een les over verkeersveiligheid.”", "Hnatyshyn", False),
    ("“Boekhoudkantoor Bălănescu deed de rekeningen gratis.”", "Bălănescu", True),
    ("“Transport Dirie bracht de tenten naar de kampplaats.”", "Dirie", False),
    ("“Fietsenwinkel Jimcaale herstelde alle fietsen.”", "Jimcaale", False),
    ("“Bloemenwinkel Whitcombe gaf de bloemen voor de zaal.”", "Whitcombe", False),
    ("“De schilder kwam pas om tien uur en was om twaalf uur klaar.”", "schilder", False),
    ("“Bakker worden was altijd zijn droom.”", "Bakker", False),
    ("“Zaakvoerder zijn van een frituur is hard werken.”", "Zaakvoerder", False),
    ("“Loodgieter is een knelpuntberoep, zei de VDAB.”", "Loodgieter", False),
    ("“Kapper, kok en schrijnwerker waren de populairste opleidingen.”", "Kapper", False),
    ("“Elektricien in opleiding, dat is wat ze wil worden.”", "Elektricien", False),
    ("“Onze sponsor, de bakker van de hoek, gaf de taart.”", "bakker", False),
    ("“Slager Vlaanderen heeft een campagne over vleesvervangers.”", "Vlaanderen", False),
    ("“Timmerman Bouw en Partners schonk het hout.”", "Bouw", False),
    ("“We spraken met de Schilders van Gent, een collectief van kunstenaars.”", "Gent", False),
    ("“Garagist worden leer je in het deeltijds onderwijs.”", "Garagist", False),
    ("“Chauffeur gezocht voor de kampweek, stond op de affiche.”", "Chauffeur", False),
]

OTHER_NAMES = [
    ("Tuna: wie brengt morgen de chips mee?", "Tuna", False),
    ("Hagel: ik ben er om zeven uur", "Hagel", False),
    ("Sultan: kan iemand mij oppikken aan het station?", "Sultan", False),
    ("Blanche: sorry ik ben te laat, de tram reed niet", "Blanche", False),
    ("Oever: wie heeft de sleutel van het lokaal?", "Oever", True),
    ("Reed: ik neem de boxen mee voor de fuif", "Reed", False),
    ("Ping: komen jullie ook naar de fuif zaterdag?", "Ping", False),
    ("Aarde: mama zegt dat ik mag blijven slapen", "Aarde", False),
    ("na school speel ik altijd met bora op het plein", "bora", True),
    ("elke woensdag speel ik met hai basket in de sporthal", "hai", True),
    ("ik speel met sultan en zijn broer fifa tot middernacht", "sultan", True),
    ("zaterdag speelt mijn zoon met alp in de tuin", "alp", True),
    ("ze speelde de hele dag met nevel aan de rivier", "nevel", True),
    ("wij spelen vaak met dirie na de les", "dirie", False),
    ("TUNA EN IK GINGEN SAMEN NAAR DE JEUGDRAAD", "TUNA", True),
    ("DANK AAN XOSHNAW VOOR ALLES DIT JAAR!", "XOSHNAW", False),
    ("GROETJES, PEMBERTON", "PEMBERTON", False),  # (closed by s25-privacy rule 40: a vocative on a line in capitals)
    ("Onze leider JIMCAALE had alles tot in de puntjes geregeld.", "JIMCAALE", False),
    ("Ik heb het aan QADERI gevraagd en die zei meteen ja.", "QADERI", True),
    ("Samen met OSSEWAARDE maakten we de affiche voor de fuif.", "OSSEWAARDE", True),
    ("Meneer d'Ydewalle gaf de prijs aan de winnaars.", "d'Ydewalle", False),
    ("Ik heb het aan mevrouw d'Oultremont gevraagd.", "d'Oultremont", False),
    ("Samen met d'Udekem schreef ik het dossier voor de gemeente.", "d'Udekem", False),
    ("Onze voorzitter, d'Aspremont, opende de vergadering.", "d'Aspremont", False),
    ("Toen zei d'Ansembourg dat het genoeg was.", "d'Ansembourg", False),
    ("Ik stuurde d'Alcantara meteen een berichtje.", "d'Alcantara", False),
]

OTHER_KEPT = [
    ("Tip: neem een regenjas mee", "Tip", False),
    ("Update: het kamp gaat gewoon door", "Update", False),
    ("Opgelet: de bus vertrekt een half uur vroeger", "Opgelet", False),
    ("Locatie: het jeugdhuis aan de kerk", "Locatie", False),
    ("Thema: lente in de stad", "Thema", False),
    ("Vraag: wie komt er zaterdag helpen?", "Vraag", False),
    ("Agenda: eerst eten, dan de vergadering", "Agenda", False),
    ("Hagel: dat was het weerbericht voor vandaag", "weerbericht", False),
    ("Reminder: de inschrijvingen sluiten vrijdag", "Reminder", False),
    ("na school speel ik altijd met vuur, zegt mijn mama", "vuur", False),
    ("elke woensdag speel ik met lego in de kamer", "lego", False),
    ("ik speel met de bal op het plein", "bal", False),
    ("we spelen met kaarten als het regent", "kaarten", False),
    ("ze speelde met woorden in haar rap", "woorden", False),
    ("zaterdag speelt mijn zoon met de playstation", "playstation", False),
    ("IK KOM MORGEN NIET NAAR DE VERGADERING", "VERGADERING", False),
    ("DANK AAN DE CHIRO VOOR ALLES DIT JAAR!", "CHIRO", False),
    ("GROETJES UIT BELGIË", "BELGIË", False),
    ("Onze partner UNICEF had alles geregeld.", "UNICEF", False),
    ("Ik heb het aan de VDAB gevraagd.", "VDAB", False),
    ("Samen met FEDASIL maakten we de affiche.", "FEDASIL", False),
    ("Op reis naar de Côte d'Azur met de jeugdbeweging.", "d'Azur", False),
    ("We skiën elk jaar in Val d'Isère.", "d'Isère", False),
    ("Onze maître d'hôtel op het kamp was de kookouder.", "d'hôtel", False),
    ("Het Château d'Ardenne is een oud kasteel.", "d'Ardenne", False),
    ("Ze leerde over de Pays d'Oc in de les geschiedenis.", "d'Oc", False),
]


def _cases(rows: list[tuple[str, str, bool]], mark: pytest.MarkDecorator) -> list:
    return [pytest.param(t, n, marks=mark) if still_open else pytest.param(t, n) for t, n, still_open in rows]


@pytest.mark.parametrize(("text", "name"), _cases(WORD_FIRST_NAMES, WORD))
def test_a_first_name_read_as_a_word_is_masked_in_a_person_position(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


@pytest.mark.parametrize(("text", "name"), _cases(SEASON_NAMES, SEASON))
def test_a_season_or_nature_word_as_a_name_is_masked_in_a_person_position(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


@pytest.mark.parametrize(("text", "name"), _cases(TRADE_NAMES, TRADE))
def test_a_surname_after_a_trade_word_is_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


@pytest.mark.parametrize(("text", "name"), _cases(OTHER_NAMES, OTHER))
def test_a_word_label_lower_case_playmate_capitals_and_elided_particle_are_masked(text: str, name: str) -> None:
    assert not word_in(name, anonymise_text(text), ignore_case=True)


@pytest.mark.parametrize(("text", "word"), _cases(WORD_FIRST_KEPT + SEASON_KEPT + TRADE_KEPT + OTHER_KEPT, KEEP))
def test_the_same_words_things_firms_and_titles_stay(text: str, word: str) -> None:
    assert word_in(word, anonymise_text(text))

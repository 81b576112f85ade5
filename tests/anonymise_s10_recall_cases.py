"""Session 10, the person side: a FROZEN batch of unseen cases for the name classes that set L
(``bench/data/heldout_s9``) and set K (``bench/data/unseen_s9``) still leaked (issue 11, s10-recall).

Written by s10-recall on 5 December 2026 (22:50-23:10 UTC) BEFORE any rule for these classes was
read or changed in session 10, from the CLASS descriptions in set L's README and the scorer's
class labels only (one look at the photo section's and the comment thread's layout in L, for
the carrier; no name of L or K was used), without copying a name, organisation or phrase from
bench/data, tests/fixtures, bench/unseen* or /work/shared. Every person is invented for this
file (names of many origins); the keep items are plain words, real public organisations,
agencies and services of Flemish life in the SAME positions.

Do not edit the cases below: they are the measure. ``tests/test_anonymise_batches.py`` runs
PERSON and KEEP (the misses at freeze time are strict xfails), ``tests/test_anonymise_s10_credits.py``
runs CREDIT_PERSON and CREDIT_KEEP in a photo's caption and in the form's photo section, and
``python tests/anonymise_s10_recall_cases.py`` prints the score.

Classes (person cases; keep cases mirror each class):
* a surname (or first name + surname) after a role word used as a title: "onderzoekster X",
  "psychologe X", "socioloog X", "wijkagent X" -- feminine and learned role nouns;
* a lower-case diminutive first name after "van" ("de fiets van keesje") against a
  diminutive thing or group ("de kleur van het bootje");
* who wrote a comment copied from a shared document: a surname alone on a line before the
  comment's time and date, and an ALL-CAPS surname as an addressee after a full stop
  ("... . DESCHEEMAEKER jij doet de soep") against ALL-CAPS words that shout or abbreviate;
* a photo credit: a name after "foto:", "© foto:", "beeld:", "(c)", "fotografie:", "tekst en
  foto:", "Photo:", "Crédit photo :", "📷" against an agency, an organisation, a stock site or
  "de leiding" in the same place (CREDIT_*: the caption alone, used in three carriers).

KEEP: (text, items that must survive verbatim).
PERSON: (text, name parts that must be gone, items that must survive).
"""

from __future__ import annotations

PERSON: list[tuple[str, list[str], list[str]]] = [
    # --- a surname after a role word used as a title ---------------------------------------------
    ("Volgens onderzoekster Vanthournout is de wachtlijst nog langer geworden.", ["Vanthournout"], []),
    ("We lazen het rapport van onderzoeker Degraeve over vrije tijd.", ["Degraeve"], []),
    ("docente Dewaegeneire gaf ons de opdracht mee voor volgende week", ["Dewaegeneire"], []),
    ("Psychologe Vanbiervliet legde uit hoe stress werkt bij tieners.", ["Vanbiervliet"], []),
    ("Zoals socioloog Lootens zei: jongeren willen gehoord worden.", ["Lootens"], []),
    ("Begeleidster Dewilde bleef tot de laatste bus vertrok.", ["Dewilde"], []),
    ("We kregen uitleg van stafmedewerker Vandeputte over de subsidies.", ["Vandeputte"], []),
    ("Verpleegster Cnudde kwam elke avond langs op kamp.", ["Cnudde"], []),
    ("Ik heb het nagevraagd bij jeugdconsulent Vandenabeele.", ["Vandenabeele"], []),
    ("Criminologe Verplaetse toonde cijfers over spijbelen.", ["Verplaetse"], []),
    ("De lezing van historica Debusschere ging over de eerste jeugdbewegingen.", ["Debusschere"], []),
    ("Logopediste Vanderstraeten werkt twee dagen per week in het centrum.", ["Vanderstraeten"], []),
    ("Architecte Vanbelle tekende de nieuwe lokalen.", ["Vanbelle"], []),
    ("We hadden een gesprek met pedagoge Serruys en haar team.", ["Serruys"], []),
    ("Opvoedster Ramaut zegt dat de groep rustiger is sinds de zomer.", ["Ramaut"], []),
    ("Wijkagent Vanwynsberghe kwam zich voorstellen op de fuif.", ["Vanwynsberghe"], []),
    ("Bibliothecaris Cottenie zette de boeken klaar.", ["Cottenie"], []),
    ("Onderzoekster Babajide-Rosseel sprak over meertaligheid.", ["Babajide", "Rosseel"], []),
    ("Ik citeer antropologe Dewitte: speelpleinen zijn dorpspleinen.", ["Dewitte"], []),
    ("Journaliste Vancaeneghem schreef er een stuk over.", ["Vancaeneghem"], []),
    ("Directrice Mahieu opende de dag met een gedicht.", ["Mahieu"], []),
    ("Onderzoeker Ebe Vannieuwenhuyse had de cijfers mee.", ["Ebe", "Vannieuwenhuyse"], []),
    ("Dat zei de onderzoekster, Lievrouw, al in haar eerste rapport.", ["Lievrouw"], []),
    # --- a lower-case diminutive first name after "van" -------------------------------------------
    ("de fiets van pauwke stond nog aan de poort", ["pauwke"], []),
    ("we speelden in de tuin van keesje", ["keesje"], []),
    ("de mama van fonneke kwam haar halen", ["fonneke"], []),
    ("dat is de knuffel van guusje", ["guusje"], []),
    ("de jas van lotteke lag nog in de zaal", ["lotteke"], []),
    ("de broer van dolfke zit ook in de chiro", ["dolfke"], []),
    ("ik zat naast de zus van warreke", ["warreke"], []),
    ("het idee kwam van tineke, niet van mij", ["tineke"], []),
    ("de tekening van nelleke hangt aan de muur", ["nelleke"], []),
    ("wij waren bij de oma van rikske", ["rikske"], []),
    ("het spel van ruudje was het leukste", ["ruudje"], []),
    ("de papa van tijlke bracht soep mee", ["tijlke"], []),
    ("de bal van yusufje lag op het dak", ["yusufje"], []),
    ("de schoenen van lieseke waren kletsnat", ["lieseke"], []),
    ("de hond van stefke blafte de hele nacht", ["stefke"], []),
    ("en toen zei de juf van sofietje dat het gedaan was", ["sofietje"], []),
    # --- who wrote a copied comment, and an ALL-CAPS addressee ------------------------------------
    ("Vanoverschelde\n09:12 14 feb.\nkunnen we dit stuk korter maken?", ["Vanoverschelde"], []),
    ("Casteleyn\n16:40 3 okt.\nakkoord, maar zet de datum erbij", ["Casteleyn"], []),
    ("Vermote\n11:05 vandaag\nwie schrijft het besluit?", ["Vermote"], []),
    ("Geldhof\n8:47 AM Mar 4\nthis paragraph is too long", ["Geldhof"], []),
    ("Bouckaert\ngisteren 21:15\nik zet er een voorbeeld bij", ["Bouckaert"], []),
    ("Kimpe • 14:03\nis dit de laatste versie?", ["Kimpe"], []),
    ("Zo gekopieerd:\n> Vanlaere\n> 10:02 7 mei\n> zet er de jeugdraad ook bij", ["Vanlaere"], []),
    ("> Bosmans\n> 13:30 22 jan.\n> mag ik dit schrappen?", ["Bosmans"], []),
    ("top gedaan. DESCHEEMAEKER jij doet de soep zaterdag", ["DESCHEEMAEKER"], []),
    ("ja is goed. DEPAEPE kan jij de sleutel halen?", ["DEPAEPE"], []),
    ("haha. PIETERAERTS stop met die gifjes", ["PIETERAERTS"], []),
    ("ok ik doe het. DELRUE je moet dat niet altijd vragen", ["DELRUE"], []),
    ("klaar! DECLOEDT, kijk jij het nog na?", ["DECLOEDT"], []),
    ("Goed idee. TACKOEN wat denk jij?", ["TACKOEN"], []),
    ("ik snap het niet. AGYEMANG kan je het nog eens uitleggen", ["AGYEMANG"], []),
    # --- a photo credit inside a quote -------------------------------------------------------------
    ("De groep op de trappen van het stadhuis (© foto: Rotsaert)", ["Rotsaert"], []),
    ("Zo zag het kamp eruit. Foto: Léonie Beirens", ["Léonie", "Beirens"], []),
    ("Het speelplein bij nacht (c) Yolande Vermeire", ["Yolande", "Vermeire"], []),
]

KEEP: list[tuple[str, list[str]]] = [
    # --- a role word before a subject, an organisation, a place ------------------------------------
    ("Onderzoekster bij Sciensano, dat is haar droomjob.", ["Sciensano"]),
    ("Docente Frans zijn is zwaar, zegt ze.", ["Frans"]),
    ("De lector Sociaal Werk van de Arteveldehogeschool kwam spreken.", ["Sociaal Werk", "Arteveldehogeschool"]),
    ("Ze was twintig jaar journaliste bij Knack.", ["Knack"]),
    ("Onderzoeker Jeugdwerk is een nieuwe functie bij de stad.", ["Jeugdwerk"]),
    ("Als verpleegster Pediatrie zie ik veel jongeren.", ["Pediatrie"]),
    ("Stafmedewerker Vorming: zo heet mijn functie.", ["Vorming"]),
    ("De wijkagent Oost komt elke dinsdag langs.", ["Oost"]),
    ("Begeleidster Jongerenwerking gezocht voor de zomer.", ["Jongerenwerking"]),
    ("De bibliothecaris van Oostende vroeg of we een voorleesuur wilden doen.", ["Oostende"]),
    ("Directrice Basisonderwijs van de scholengroep was er ook.", ["Basisonderwijs"]),
    ("Criminologe KU Leuven, zo stelde ze zich voor.", ["KU Leuven"]),
    ("We spraken met de psychologe van het CLB.", ["CLB"]),
    ("Docente Wiskunde kwam te laat.", ["Wiskunde"]),
    ("Jeugdconsulent Brugge had geen tijd voor ons.", ["Brugge"]),
    # --- a diminutive thing or group after "van" ----------------------------------------------------
    ("de kleur van het bootje was rood", ["bootje"]),
    ("de helft van mijn boterhammetje", ["boterhammetje"]),
    ("de mama van ons broertje", ["broertje"]),
    ("een foto van kindjes op het strand", ["kindjes"]),
    ("we gingen van huisje tot huisje", ["huisje"]),
    ("de rest van het ijsje viel op de grond", ["ijsje"]),
    ("de geur van koekjes in de gang", ["koekjes"]),
    ("het liedje van Kabouter Plop", ["Kabouter Plop"]),
    ("de juf van het eerste kleuterklasje", ["kleuterklasje"]),
    ("de baas van het speelpleintje", ["speelpleintje"]),
    ("een hap van dat snoepje", ["snoepje"]),
    ("de vriendjes van mijn zusje", ["vriendjes", "zusje"]),
    ("de tent van de welpjes", ["welpjes"]),
    ("de doos van het spelletje", ["spelletje"]),
    ("de vleugel van het vogeltje", ["vogeltje"]),
    ("de geur van pannenkoekjes", ["pannenkoekjes"]),
    # --- comment-like lines and ALL-CAPS words that are not persons ----------------------------------
    ("Besluit\n10:00 12 mrt.\nhet advies gaat naar het college", ["Besluit"]),
    ("Samenvatting\ngisteren 20:10\nzie hieronder", ["Samenvatting"]),
    ("top. KSA doet ook mee zaterdag", ["KSA"]),
    ("ok. NIET vergeten: de sleutels!", ["NIET"]),
    ("haha. STOP met die gifjes", ["STOP"]),
    ("Dus. OCMW belt morgen terug", ["OCMW"]),
    ("ja. GRATIS voor iedereen onder de 12", ["GRATIS"]),
    ("Goed idee. JOC Lier doet ook mee", ["JOC Lier"]),
    ("klaar! BELANGRIJK, lees dit nog na", ["BELANGRIJK"]),
    ("zie je. VRT komt filmen", ["VRT"]),
    # --- credits of an agency, an organisation, a stock site inside a quote ----------------------------
    ("De groep op de trappen van het stadhuis (© foto: Belga)", ["Belga"]),
    ("Zo zag het kamp eruit. Foto: Chiro Sint-Jozef", ["Chiro Sint-Jozef"]),
    ("Het speelplein bij nacht (c) Unsplash", ["Unsplash"]),
]

# A photo's caption with a credit: (caption, name parts that must be gone, items that must survive).
CREDIT_PERSON: list[tuple[str, list[str], list[str]]] = [
    ("Sfeerbeeld van de opening (© foto: Rotsaert)", ["Rotsaert"], ["Sfeerbeeld"]),
    ("De groep op de trappen. Foto: Léonie Beirens", ["Léonie", "Beirens"], []),
    ("De kampvuurkring. Beeld: Dejaegher", ["Dejaegher"], []),
    ("Het speelplein bij nacht (c) Yolande Vermeire", ["Yolande", "Vermeire"], []),
    ("Tieners op de klimmuur. Fotografie: Gaëlle Vlaeminck", ["Gaëlle", "Vlaeminck"], []),
    ("De fanfare in de optocht. Tekst en foto: Loïc Lanssens", ["Loïc", "Lanssens"], []),
    ("Kids on the climbing wall. Photo: Jitske Daneels", ["Jitske", "Daneels"], []),
    ("Les jeunes au camp. Crédit photo : Océane Dubrulle", ["Océane", "Dubrulle"], []),
    ("Het kampvuur © Spriet", ["Spriet"], []),
    ("De opbouw van de tenten (foto's: Marjan Rombaut en Rani Devolder)", ["Marjan", "Rombaut", "Rani", "Devolder"], []),
    ("De zomerbar 📷 Nabil Benoot", ["Nabil", "Benoot"], []),
    ("Het podium. Foto © Romane Verduyn", ["Romane", "Verduyn"], []),
    ("Youth council at work. Photo credit: Yewande Adewale", ["Yewande", "Adewale"], []),
    ("De nieuwe lokalen, beeld © Verschaeve", ["Verschaeve"], []),
    ("De eerste ploeg (foto: Desender)", ["Desender"], []),
    ("Le marché de Noël. Photo : Anaïs Goemaere", ["Anaïs", "Goemaere"], []),
    ("De speelstraat in juli (© foto: DEVLOO)", ["DEVLOO"], []),
    ("De groep na de dropping. Foto: Ghislaine V.", ["Ghislaine"], []),
    ("Het ontbijt op kamp, foto door Anaëlle Coppieters", ["Anaëlle", "Coppieters"], []),
    ("De muurschildering (foto: Ifunanya Gheysens-Lievens)", ["Ifunanya", "Gheysens", "Lievens"], []),
]

CREDIT_KEEP: list[tuple[str, list[str]]] = [
    ("Sfeerbeeld van de opening (© foto: Belga)", ["Belga"]),
    ("De groep op de trappen. Foto: Chiro Sint-Jozef", ["Chiro Sint-Jozef"]),
    ("De kampvuurkring. Beeld: Stad Gent", ["Stad Gent"]),
    ("Het speelplein bij nacht (c) Unsplash", ["Unsplash"]),
    ("Tieners op de klimmuur. Fotografie: jeugddienst Lier", ["jeugddienst Lier"]),
    ("Kids on the climbing wall. Photo: Pixabay", ["Pixabay"]),
    ("De speelstraat in juli (© foto: de leiding)", ["de leiding"]),
    ("Les jeunes au camp. Crédit photo : Scouts et Guides Pluralistes", ["Scouts et Guides Pluralistes"]),
    ("Het podium. Foto: VRT", ["VRT"]),
    ("De fanfare in de optocht. Tekst en foto: redactie", ["redactie"]),
    ("De muurschildering (foto: Wikimedia Commons)", ["Wikimedia Commons"]),
    ("De eerste ploeg (foto: archief Kazou)", ["Kazou"]),
    ("De zomerbar 📷 Instagram", ["Instagram"]),
    ("Het ontbijt op kamp (foto: eigen beeld)", ["eigen beeld"]),
    ("De nieuwe lokalen, beeld © Jeugdhuis Tieltse Toren", ["Jeugdhuis Tieltse Toren"]),
    ("Het kampvuur © Vlaamse Overheid", ["Vlaamse Overheid"]),
]


if __name__ == "__main__":
    from anoncases import print_score

    print_score(KEEP, PERSON)
    print("credits in a quote's text:")
    print_score(CREDIT_KEEP, CREDIT_PERSON)

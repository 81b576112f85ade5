"""Session 14, personal identifiers other than names and contacts: a FROZEN battery (issue 11).

Written by s14-contacts on 6 December 2026 BEFORE any rule for these classes was written, from
the lead's attack on main 254af34 (bank accounts, national numbers, a home address, a licence
plate, a date of birth, a handle after "op snap" without a colon, an e-mail address with its
letters spaced). Every account, number, plate, street, handle and date below is invented for
this file (the bank accounts and national numbers are built with their real check digits, or
on purpose with a wrong one: a typo'd number is still private); no phrase, name or number is
copied from tests/fixtures, bench/data or /work/shared (each identifying core was grepped there).

Do not edit the cases below: they are the measure. ``tests/test_anonymise_s14_identifiers.py``
runs them (the misses at freeze time are strict xfails) and
``python tests/anonymise_s14_identifier_cases.py`` prints the score.

IDENTIFIERS: (quote text, cores). A core is the identifying part, case-folded with every
non-alphanumeric removed (as ``bench/eval_unseen_s3.py`` folds a contact); the identifier is
left when a core still occurs in the folded anonymised text.

LOOKALIKES: (quote text, items that must survive verbatim). Nothing in these sentences is a
person, a contact or a personal identifier, so no placeholder may appear either.

VENUES: (reporter's text, items): an organisation's or a public venue's address in a session's
practical information, in the report's own text (a section). It is published as written with
either scope (policy: docs/anonymisation.md, "Personal identifiers").

HOMES: (reporter's text, cores): a person's home address, national number or bank account in
the report's own text: masked with either scope.
"""

from __future__ import annotations

IDENTIFIERS: list[tuple[str, tuple[str, ...]]] = [
    # --- bank accounts (IBAN), Belgian ------------------------------------------------------------
    ("Stort de bijdrage maar op mijn rekening BE14 0631 2345 6783, dan is het in orde.", ("063123456783",)),
    ("Mijn rekeningnummer is BE21737041938803, zet er wel je naam bij.", ("737041938803",)),
    ("IBAN BE70 0015 6283 7425 voor wie nog moet betalen.", ("001562837425",)),
    ("Je mag het overschrijven naar be38 3101 6543 2172, de pot van de leiding.", ("310165432172",)),
    ("Het geld van de wafelverkoop staat op BE53 9791 2345 6753.", ("979123456753",)),
    ("Ik gaf gewoon mijn nummer: BE90-0882-7419-3632.", ("088274193632",)),
    ("rekening BE64 1430 5927 1899 op naam van mijn moeder", ("143059271899",)),  # check digits wrong: a typo
    ("Het oude nummer was nog 063-1234567-83, dat werkt niet meer.", ("063123456783",)),
    ("Stort het op rekeningnummer 737-0419388-03 met vermelding kamp.", ("737041938803",)),
    # --- bank accounts, other countries ----------------------------------------------------------
    ("Mijn Nederlandse rekening is NL07 RABO 0318 4629 57.", ("rabo0318462957",)),
    ("Via de app mag ook, anders NL38INGB0006725413.", ("ingb0006725413",)),
    ("Mijn lief heeft een Duitse bank: DE03 3705 0299 4417 2836 50.", ("370502994417283650",)),
    ("Pour le camp, virement sur FR85 3000 4028 3700 0104 7283 K56 svp.", ("30004028370001047283k56",)),
    ("Mijn rekening staat nog in Luxemburg, LU56 0142 8396 5001 7345.", ("0142839650017345",)),
    ("Via mijn oom in Londen: GB65 BARC 2071 4583 9247 16.", ("barc20714583924716",)),
    ("De Turkse rekening van mijn vader, TR46 0006 2000 1948 3726 1543 00, gebruiken we niet meer.",
     ("0006200019483726154300",)),
    ("Mijn Poolse rekening: PL13 1090 1014 0000 7121 9812 8740.", ("109010140000712198128740",)),
    # --- national numbers ------------------------------------------------------------------------
    ("Zijn rijksregisternummer 85.07.30-033.28 stond zomaar op het formulier.", ("850730", "03328")),
    ("Ze vroegen mijn rijksregisternummer: 92021418778.", ("92021418778",)),
    ("Op de lijst stond 07.11.05-264.33 naast mijn naam, iedereen kon het zien.", ("071105", "26433")),
    ("Geef je INSZ-nummer 04 09 17 113 38 maar niet aan iedereen.", ("040917", "11338")),
    ("mijn rijksregister is 881201 392 55 als je het nodig hebt", ("881201", "39255")),
    ("Het nummer van mijn identiteitskaart, 10.06.03-045.49, moest erbij.", ("100603", "04549")),
    ("Mijn rijksregisternummer is 99.05.22-278.13, denk ik.", ("990522", "27813")),  # check digits wrong
    ("Haar BSN is 234817306, dat had de school doorgegeven.", ("234817306",)),
    ("Mijn burgerservicenummer: 1927.56.345.", ("192756345",)),
    ("Mijn sofinummer was nog 307188425.", ("307188425",)),
    ("BSN 112 546 871, dat kreeg ik van de gemeente.", ("112546871",)),  # elfproef fails: a typo
    ("Zelfs haar nummer 03.11.26-207.55 stond in de groepschat.", ("031126", "20755")),
    # --- a home address --------------------------------------------------------------------------
    ("Mijn adres is Kouterdreef 7, 9050 Gentbrugge, je mag altijd langskomen.", ("kouterdreef",)),
    ("Ik woon in de Pastoriestraat 23 bus 4 in Hamme.", ("pastoriestraat",)),
    ("Ons adres: Lindenlaan 5A, 2800 Mechelen.", ("lindenlaan",)),
    ("Kom gerust naar Beukenhof 14 app. 2, de bel doet het niet.", ("beukenhof",)),
    ("Ik woon op de Bloemgracht 88-2, 1015 TK Amsterdam.", ("bloemgracht",)),
    ("J'habite au 14 rue des Tanneurs, 1000 Bruxelles.", ("tanneurs",)),
    ("Wij wonen Koning Albertlaan 112 in Kortrijk, naast de bakker.", ("albertlaan",)),
    ("Mijn kot is in de Sint-Jansvest 9, derde verdieping.", ("jansvest",)),
    ("Stuur de pakjes maar naar Veldkouter 19, 8800 Roeselare.", ("veldkouter",)),
    ("thuis is dat Brusselsesteenweg 1024, vlak bij de rotonde", ("brusselsesteenweg",)),
    ("k woon in de wilgenstraat 31 in zele", ("wilgenstraat",)),
    ("Mijn grootmoeder woont in de Kapelweg 3/0101 en ze is alleen.", ("kapelweg",)),
    ("I live at 41 Hollow Lane, so come by after school.", ("hollowlane",)),
    ("Ich wohne in der Lindenstraße 8, ganz oben.", ("lindenstrasse", "lindenstraße")),
    ("Zijn adres staat op de envelop: Oude Baan 45, 3600 Genk.", ("oudebaan",)),
    ("Mijn vriendin woont op de Hoogstraat 210 bus 12 en ik logeer daar vaak.", ("hoogstraat",)),
    # --- a licence plate -------------------------------------------------------------------------
    ("Zijn nummerplaat 1-KTV-482 stond gewoon op de foto.", ("1ktv482",)),
    ("De wagen met 2-GHP-917 reed ons bijna omver.", ("2ghp917",)),
    ("Mijn nummerplaat is 1 TRX 305, die grijze Fiat.", ("1trx305",)),
    ("Mijn kenteken is 34-XKL-7, zoek maar op.", ("34xkl7",)),
    ("kenteken GT-512-R, die van mijn vader", ("gt512r",)),
    ("Ze noteerden mijn plaat 1ZAR776 aan de ingang.", ("1zar776",)),
    ("Zijn oude nummerplaat was ABD-492.", ("abd492",)),
    ("Sa plaque AB-731-KR était sur la photo.", ("ab731kr",)),
    # --- a date of birth -------------------------------------------------------------------------
    ("Mijn geboortedatum is 04/11/2008 en ik woon in Zottegem.", ("04112008",)),
    ("Ik ben geboren op 17 januari 2007 in Aalst.", ("17januari",)),
    ("Hij is geboren op 3-9-2010, de jongste van de groep.", ("392010",)),
    ("Onze jongste deelnemer (°14/06/2011) was er ook bij.", ("14062011",)),
    ("Ik verjaar op 22 augustus, vlak voor het kamp.", ("22augustus",)),
    ("Mijn verjaardag is 5 mei, dus we vierden het op kamp.", ("5mei",)),
    ("date of birth: 2008-02-29, they asked it at the desk", ("20080229",)),
    ("Je suis né le 12 avril 2009 à Mons.", ("12avril",)),
    ("geboortedatum: 09.10.2007, zo stond het op de lijst", ("09102007",)),
    ("Ik ben op 9 oktober 2006 geboren, in Lier.", ("9oktober",)),
    # --- handles and e-mail in other shapes ------------------------------------------------------
    ("Je vindt me ook op snap lientjeeh of op insta.", ("lientjeeh",)),
    ("stuur iets via snap robinnvdb", ("robinnvdb",)),
    ("Wie vragen heeft: j a n a @ h o t m a i l . c o m", ("janahotmailcom",)),
    ("mail gerust naar s t a n . d @ g m a i l . c o m", ("standgmailcom",)),
    ("Op tiktok staat ze als zoeyyydanst.", ("zoeyyydanst",)),
]

LOOKALIKES: list[tuple[str, list[str]]] = [
    # --- helplines and short numbers: public services a reader needs ----------------------------
    ("Bel 1712 als het thuis niet goed gaat.", ["1712"]),
    ("Awel is er op 102, elke dag van vier tot tien.", ["102"]),
    ("Sms naar 4224 met het woord BUS en je krijgt de uren.", ["4224", "BUS"]),
    ("Bij nood bel je altijd 112, dat leren we de jongsten eerst.", ["112"]),
    ("Tele-Onthaal op 106 heeft mij echt geholpen.", ["106"]),
    ("De Zelfmoordlijn 1813 hangt nu in elk lokaal.", ["1813"]),
    ("Voor de ambulance is het 100 of 112.", ["100", "112"]),
    # --- years, ages, counts ---------------------------------------------------------------------
    ("In 2009 begonnen we met twintig leden.", ["2009"]),
    ("Ik ben geboren in 2008, dus ik mag mee als hulpleiding.", ["2008"]),
    ("Mijn broer is van 2007 en hij is al leiding.", ["2007"]),
    ("Van 2015 tot 2019 was ik hoofdleiding.", ["2015", "2019"]),
    ("8 op 10 jongeren zitten elke dag op hun gsm.", ["8 op 10"]),
    ("Voor de groep van 12-14 jaar zoeken we nog leiding.", ["12-14"]),
    ("We zijn 24/7 bereikbaar op kamp, zegt de hoofdleiding.", ["24/7"]),
    ("We telden 1.250 bezoekers op de open dag.", ["1.250"]),
    # --- scores, prices, times, dates of the congress --------------------------------------------
    ("We wonnen met 3-1 tegen de buren.", ["3-1"]),
    ("Het werd 12-10 na verlengingen.", ["12-10"]),
    ("Ze speelden in een 4-3-3, zoals de grote clubs.", ["4-3-3"]),
    ("Een dag kamp kost € 12,50 per kind.", ["12,50"]),
    ("Het lidgeld is 35 euro, met de sociale korting 7 euro.", ["35", "7"]),
    ("We verzamelen om 18u30 aan de kerk.", ["18u30"]),
    ("De sessie loopt van 9.30 tot 12.00 uur.", ["9.30", "12.00"]),
    ("Op 12/03/2026 gaat de volgende vorming door.", ["12/03/2026"]),
    ("Zaterdag 14 maart 2026 is het congres.", ["14 maart 2026"]),
    ("Inschrijven kan tot 31.12.2026.", ["31.12.2026"]),
    ("Het kamp loopt van 21-07-2026 tot 31-07-2026.", ["21-07-2026", "31-07-2026"]),
    ("De chiro werd opgericht op 5 mei 1945.", ["5 mei 1945"]),
    ("Op 22 augustus vertrekken we naar de Ardennen.", ["22 augustus"]),
    # --- rooms, pages, articles of a law, file numbers -------------------------------------------
    ("De workshop is in lokaal 2.14 op de tweede verdieping.", ["2.14"]),
    ("Zoek zaal B.0.12 achteraan in de gang.", ["B.0.12"]),
    ("Het staat op p. 23 van de bundel.", ["23"]),
    ("Lees blz. 45 tot 48 nog eens na.", ["45", "48"]),
    ("Art. 12 van het decreet zegt dat heel duidelijk.", ["12"]),
    ("Artikel 23 van de Grondwet gaat over menswaardig leven.", ["Artikel 23", "Grondwet"]),
    ("Dat staat in art. 3, §2, 1° van het besluit.", ["3", "1°"]),
    ("Ons dossiernummer is 2024/0173, dat moet je vermelden.", ["2024/0173"]),
    ("Vermeld zeker ref. 23-0457-B bij de betaling.", ["23-0457-B"]),
    ("De factuur 2026-00412 is nog niet betaald.", ["2026-00412"]),
    ("Ticketnummer 48213 won de fiets.", ["48213"]),
    ("Ons bestelnummer was 123456789, maar het pakket kwam nooit.", ["123456789"]),
    # --- codes, roads, lines, norms that look like plates or accounts ----------------------------
    ("We downloaden versie 2.3.1 van de app.", ["2.3.1"]),
    ("Door de werken op de E40 kwamen we te laat.", ["E40"]),
    ("Neem de N42 tot aan de rotonde.", ["N42"]),
    ("Bus 58 stopt vlak voor de deur.", ["Bus 58"]),
    ("Met tram 4 ben je er in tien minuten.", ["tram 4"]),
    ("De kleinsten dansen nog altijd op K3.", ["K3"]),
    ("Sinds COVID-19 doen we meer buiten.", ["COVID-19"]),
    ("Print het op A4-papier, dat is genoeg.", ["A4-papier"]),
    ("Het speeltuig voldoet aan EN 1176.", ["EN 1176"]),
    ("Ons secretariaat heeft het ISO 9001-label.", ["ISO 9001-label"]),
    ("Onze U-19 speelt zondag de finale.", ["U-19"]),
    ("Die film was in 3-D, de kinderen vonden het geweldig.", ["3-D"]),
    ("De F-16 vloog over het kampterrein.", ["F-16"]),
    # --- streets and places without a house number, a venue's address said by its organiser -----
    ("De Veldstraat was afgesloten door de markt.", ["Veldstraat"]),
    ("Ons lokaal ligt in de Kerkstraat, vlak bij de school.", ["Kerkstraat"]),
    ("We fietsten langs de Kouter naar het station.", ["Kouter"]),
    ("In de Nieuwstraat hangen nu overal onze affiches.", ["Nieuwstraat"]),
    ("Ik woon in Zottegem, dus ik kom met de trein.", ["Zottegem"]),
    ("Ik woon in 9000 Gent, vlak bij de Vooruit.", ["9000", "Gent"]),
    ("De vorming gaat door in het jeugdhuis, Dorpsplein 3 in Kaprijke.", ["Dorpsplein 3", "Kaprijke"]),
    ("Plaats van afspraak is het lokaal van de scouts, Heidelaan 12.", ["Heidelaan 12"]),
    ("Het secretariaat zit op de Lange Kievitstraat 111 in Antwerpen.", ["Lange Kievitstraat 111", "Antwerpen"]),
    ("Het nieuwe jeugdcentrum, Stationsplein 8, opent in mei.", ["Stationsplein 8"]),
]

VENUES: list[tuple[str, list[str]]] = [
    ("Praktisch: de sessie vindt plaats in CC De Ploeter, Kerkhofstraat 14, 9300 Aalst.",
     ["Kerkhofstraat 14", "9300 Aalst"]),
    ("Adres: Jeugdcentrum Den Akker, Molenveld 3, 2500 Lier. Parkeren kan achter het gebouw.",
     ["Molenveld 3", "2500 Lier"]),
    ("Locatie: campus Zuid, Voskenslaan 270, 9000 Gent (lokaal B.1.05).", ["Voskenslaan 270", "9000 Gent"]),
    ("Het congres gaat door in de Hallen, Grote Markt 2 bus 1, 8500 Kortrijk.", ["Grote Markt 2", "8500 Kortrijk"]),
    ("Inschrijven bij het secretariaat, Lange Ridderstraat 5, Mechelen, of online.",
     ["Lange Ridderstraat 5", "Mechelen"]),
    ("Volgend jaar in Utrecht: Jaarbeursplein 6, 3521 AL Utrecht.", ["Jaarbeursplein 6", "3521 AL Utrecht"]),
    ("Le lieu: Maison des Jeunes, 22 rue du Marché, 7000 Mons.", ["22 rue du Marché", "7000 Mons"]),
    ("Bereikbaar met bus 58, halte Sportpark; de zaal ligt op Sportlaan 1.", ["Sportlaan 1", "bus 58"]),
]

HOMES: list[tuple[str, tuple[str, ...]]] = [
    ("Een deelnemer vertelde dat ze in de Wilgendreef 17 in Lede woont, alleen met haar papa.", ("wilgendreef",)),
    ("De trekker gaf zijn adres mee: Ooievaarstraat 88, 9200 Dendermonde.", ("ooievaarstraat",)),
    ("Op de lijst stond het rijksregisternummer 96.08.15-341.20 van een deelnemer.", ("960815", "34120")),
    ("Het geld werd gestort op de rekening van een ouder, BE38 3101 6543 2172.", ("310165432172",)),
    ("Zijn nummerplaat 1-WQM-604 stond op een foto in de presentatie.", ("1wqm604",)),
    ("Een deelnemer (geboren op 28 februari 2011) mocht toch mee.", ("28februari",)),
]


if __name__ == "__main__":
    import re
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from perskamer.plugins.anonymise.replace import anonymise_text
    from perskamer.testing import word_in

    def _fold(text: str) -> str:
        return re.sub(r"[\W_]+", "", text.casefold())

    left = [t for t, cores in IDENTIFIERS if any(c in _fold(anonymise_text(t)) for c in cores)]
    lost = [t for t, items in LOOKALIKES
            if "[" in (out := anonymise_text(t)) or any(not word_in(i, out) for i in items)]
    print(f"identifiers masked {len(IDENTIFIERS) - len(left)}/{len(IDENTIFIERS)}, "
          f"look-alikes kept {len(LOOKALIKES) - len(lost)}/{len(LOOKALIKES)}")
    for t in left:
        print("  left:", anonymise_text(t))
    for t in lost:
        print("  lost:", anonymise_text(t))

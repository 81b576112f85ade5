"""Write the frozen set of unseen report variants (bench/unseen/reports/) with gold files.

Written for issue 14 BEFORE the readers were tuned, without looking at the corpus or
the recogniser rules for wording: its own sessions, people and phrasing, in the
layouts people actually send (Word tables, header lines, PDF text with a page break
inside a quote, LibreOffice, filled-in PDF forms with and without appearance
streams, flattened forms). The generated files are committed: the set is frozen;
run this again only to add cases, never to change the existing ones.

    .venv/bin/python bench/unseen/make_unseen.py
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))

from formgen import Field, flow, make_docx, make_odt, make_pdf_form  # noqa: E402

OUT = HERE / "reports"
Q_SUMMARY = "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen"
Q_AMB = ("Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de "
         "ambities bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s) waar te "
         "kunnen maken?")
Q_QUOTES = "Interessante quote(s) uit de sessie"
Q_SURPRISE = "Wat heeft jou verrast? Wat onthoud je?"
Q_QUESTIONS = "Waar kwamen veel vragen/reacties over?"
Q_PHOTO = "Sfeerbeeld van de sessie – foto (of schets)"
HEADER = "Verslag sessie congres #Jeugdwerkwerkt"


def png(color: str = "teal") -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (320, 200), color).save(buf, "PNG")
    return buf.getvalue()


def gold(name: str, title: str, date: str | None, sections: list[str], quotes: list[tuple[str, str | None]],
         note: str) -> None:
    (OUT / f"{name}.gold.json").write_text(json.dumps({
        "title": title, "date": date, "sections": sections,
        "quotes": [{"text": t, "speaker": s} for t, s in quotes], "variant": note,
    }, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


ALL = ["summary", "ambitions", "quotes", "surprise", "questions"]


def u01() -> None:
    title = "Fietsateliers als ontmoetingsplek"
    quotes = [("Wie een band leert plakken, leert ook om hulp te vragen.", "Mehdi Aouragh"),
              ("Onze sleutels liggen nooit op slot, het vertrouwen wel eens.", "Tine")]
    parts = [("p", HEADER), ("table", [
        ["Sessie", title], ["Datum", "06-06-2023"], ["Verslaggever", "Pieterjan Claes"],
        [Q_SUMMARY, "Drie begeleiders van een fietsatelier in Kortrijk vertelden hoe hun werkplaats een "
                    "plek werd waar tieners na school binnenvallen. Ze lieten foto's zien van de eerste winter. "
                    "Daarna mochten we zelf een ketting vervangen."],
        [Q_AMB, "Vooral de kruispunten: het atelier werkt samen met het OCMW en een school voor deeltijds leren."],
        [Q_QUOTES, "“Wie een band leert plakken, leert ook om hulp te vragen.” – Mehdi Aouragh\n"
                   "“Onze sleutels liggen nooit op slot, het vertrouwen wel eens.” – Tine"],
        [Q_SURPRISE, "Hoe weinig geld het kost om zo'n plek te starten."],
        [Q_QUESTIONS, "Over verzekeringen en wie aansprakelijk is bij een ongeval."],
    ])]
    (OUT / "u01_fietsatelier.docx").write_bytes(make_docx(parts))
    gold("u01_fietsatelier", title, "2023-06-06", ALL, quotes, "docx, two-column table, Sessie row, 06-06-2023")


def u02() -> None:
    title = "Samen koken, samen beslissen"
    quotes = [("Als de kinderen het menu kiezen, eten ze ook hun spruitjes.", "Ilse Van Acker"),
              ("Ik had nooit gedacht dat een kookpot een vergadertafel kon zijn.", None)]
    parts = [
        ("p", "Verslagje sessie #Jeugdwerkwerkt – Datum: 6/6"),
        ("p", f"Sessie: {title}"),
        ("b", "Wat gebeurde er in de sessie?"),
        ("p", "Een speelpleinwerking uit Leuven liet kinderen elke vrijdag het middagmaal plannen. "
              "We kregen **het draaiboek** te zien en _proefden_ een soep die de kinderen bedacht hadden."),
        ("b", "Hoe kwamen de ambities aan bod?"),
        ("p", "De stem van kinderen: zij beslissen echt mee, tot en met het budget."),
        ("b", "Quotes"),
        ("p", "“Als de kinderen het menu kiezen, eten ze ook hun spruitjes.” (Ilse Van Acker)"),
        ("p", "“Ik had nooit gedacht dat een kookpot een vergadertafel kon zijn.”"),
        ("b", "Wat verraste je?"),
        ("p", "Dat de allerkleinsten het strengst waren over de afwas."),
        ("b", "Welke vragen kwamen er?"),
        ("p", "Hoe ga je om met allergieën als kinderen zelf kiezen?"),
    ]
    (OUT / "u02_samen-koken.docx").write_bytes(make_docx(parts))
    gold("u02_samen-koken", title, "2023-06-06", ALL, quotes, "docx, header line with 'Datum: 6/6', Sessie: line, bold questions, emphasis")


def _pdf_text(lines: list[str]) -> str:
    """Text as extracted from the PDF form: wrapped lines apart by an empty line, paragraphs by ' '."""
    return "\n\n".join(lines) + "\n"


def u03() -> None:
    title = "Graffiti tegen de verveling"
    footer1 = "Verslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 "
    footer2 = "Verslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 2 > 2 "
    quotes = [("Een muur die je zelf mag beschilderen, ga je niet vernielen. Dat hebben we drie zomers lang gezien "
               "op het pleintje achter de sporthal.", "Yannick Bervoets"),
              ("De buren klaagden eerst, nu brengen ze koffie.", "Sanne")]
    text = "\n".join([
        " ", "", footer1, "", "NOTA ", "", HEADER + "  ", "Datum: dinsdag 6 juni ", "", title + " ", "",
        Q_SUMMARY + " ", "", " ", "",
        "Een jeugdhuis uit Genk vertelde over hun zomerproject met spuitbussen en een gemeentelijke ", "",
        "muur. Jongeren ontwierpen zelf het beeld en onderhandelden met de schepen. ", "", " ", "",
        Q_QUOTES + " ", "", " ", "",
        "“Een muur die je zelf mag beschilderen, ga je niet vernielen. Dat hebben we drie zomers lang ", "",
        "", "", "", footer1, "", "", "", "\f",
        footer2, "", "",
        "gezien op het pleintje achter de sporthal.” – Yannick Bervoets ", "", " ", "",
        "“De buren klaagden eerst, nu brengen ze koffie.” – Sanne ", "", " ", "",
        Q_SURPRISE + " ", "", " ", "",
        "Dat de politie mee aan tafel zat en daar zelf om gevraagd had. ", "", " ", "",
        Q_QUESTIONS + " ", "", " ", "",
        "Over vergunningen: wie vraagt ze aan, en hoe lang duurt dat? ", "",
    ])
    (OUT / "u03_graffiti.txt").write_text(text, encoding="utf-8")
    gold("u03_graffiti", title, "2023-06-06", ["summary", "quotes", "surprise", "questions"], quotes,
         "txt PDF extract, page break with running header inside a quote, 'dinsdag 6 juni' without year")


def u04() -> None:
    title = "Op kamp zonder gsm?"
    quotes = [("Na twee dagen vroeg niemand nog naar de wifi.", "Bram"),
              ("Ouders hadden het er moeilijker mee dan de leden zelf.", "Noor Peeters")]
    text = "\n".join([
        HEADER, f"Naam van de sessie: {title}", "Datum: 6 juni '23", "",
        "1. Wat is er gebeurd?", "Twee leidingsploegen vergeleken een kamp met en zonder smartphones. "
        "Ze hadden de leden zelf laten stemmen over de regels.", "",
        "2. Ambities", "Digitale leefwereld: niet verbieden maar samen afspraken maken.", "",
        "3. Quotes", "\"Na twee dagen vroeg niemand nog naar de wifi.\" zei Bram.",
        "'Ouders hadden het er moeilijker mee dan de leden zelf.' volgens Noor Peeters", "",
        "4. Wat heeft jou verrast?", "Dat de oudste groep zelf om een gsm-vrije dag vroeg.", "",
        "5. Vragen en reacties", "Wat bij noodgevallen? Iedereen wilde weten hoe ze ouders bereikbaar hielden.", "",
    ])
    (OUT / "u04_kamp-zonder-gsm.txt").write_text(text, encoding="utf-8")
    gold("u04_kamp-zonder-gsm", title, "2023-06-06", ALL, quotes, "txt, 'Naam van de sessie:', 6 juni '23, numbered short questions")


def u05() -> None:
    quotes = [("Sport is de kapstok, de babbel erna is het eigenlijke werk.", "Karim")]
    text = "\n".join([
        HEADER, "Datum: 06/06/2023", "",
        Q_SUMMARY, "Een buurtsportwerker toonde hoe een pleintje met een basketring een wijk verandert. "
                   "We speelden zelf een potje drie tegen drie.", "",
        Q_QUOTES, "“Sport is de kapstok, de babbel erna is het eigenlijke werk.” – Karim", "",
        Q_QUESTIONS, "Hoe bereik je meisjes op zo'n plein?", "",
    ])
    (OUT / "u05_buurtsport-als-kapstok.txt").write_text(text, encoding="utf-8")
    gold("u05_buurtsport-als-kapstok", "Buurtsport als kapstok", "2023-06-06", ["summary", "quotes", "questions"],
         quotes, "txt without any title line: the file name is the title")


def u06() -> None:
    title = "Natuur als speelterrein"
    quotes = [("Een modderpoel is gratis en toch het populairste speeltuig.", "Lotte De Wilde"),
              ("We hoeven de kinderen niets te leren over het bos, alleen de tijd te geven.", "Gert")]
    parts = [
        ("p", HEADER), ("title", title), ("p", "Datum: 6 juni 2023"),
        ("h", "Wat er is gebeurd in de sessie?"),
        ("p", "Een natuurvereniging en een speelpleinwerking gaven samen een sessie in openlucht. "
              "We gingen op zoek naar _speelplekken_ in een klein stukje bos."),
        ("li", "takken verzamelen voor een hut"), ("li", "een modderkeuken bouwen"),
        ("h", "Op welke manier kwamen de ambities aan bod?"),
        ("p", "Jeugdinfrastructuur hoeft geen gebouw te zijn: **een bos kan ook**."),
        ("h", Q_QUOTES),
        ("p", "“Een modderpoel is gratis en toch het populairste speeltuig.” – Lotte De Wilde"),
        ("p", "“We hoeven de kinderen niets te leren over het bos, alleen de tijd te geven.” – Gert"),
        ("h", "Wat heeft jou verrast?"), ("p", "Hoe stil een groep van veertig volwassenen kan worden in een bos."),
        ("h", "Waar kwamen veel vragen over?"), ("p", "Over teken en de verantwoordelijkheid van de leiding."),
        ("h", Q_PHOTO), ("img", png("darkgreen"), "Hut van takken in het bos"), ("p", "De hut na een half uur bouwen."),
    ]
    (OUT / "u06_natuur-speelterrein.odt").write_bytes(make_odt(parts))
    gold("u06_natuur-speelterrein", title, "2023-06-06", ALL + ["photo"], quotes, "odt, Title style, headings, list, emphasis, photo")


def u07() -> None:
    title = "Jongerenraad met echte macht"
    quotes = [("Een advies dat niemand leest, is geen inspraak.", "Fatima El Idrissi")]
    parts = [
        ("table", [["Titel", title], ["Datum", "06/06/2023"], ["Verslag door", "Jens"]]),
        ("b", Q_SUMMARY),
        ("p", "De jongerenraad van een kleine gemeente kreeg een eigen budget. Ze vertelden hoe ze de eerste "
              "begroting opstelden en wat er misliep."),
        ("b", Q_QUOTES),
        ("p", "“Een advies dat niemand leest, is geen inspraak.” – Fatima El Idrissi"),
        ("b", Q_SURPRISE),
        ("p", "Dat de burgemeester elke vergadering bijwoont, zonder stemrecht."),
    ]
    (OUT / "u07_jongerenraad.odt").write_bytes(make_odt(parts))
    gold("u07_jongerenraad", title, "2023-06-06", ["summary", "quotes", "surprise"], quotes, "odt, label table, bold questions")


def _form_layout(label_fields: list[tuple[str, str, float]], questions: list[tuple[str, str, float]]):
    lines = [(HEADER, 14, True)]
    for label, key, height in label_fields:
        lines += [(label, 11, False), (f"@{key}:{height}", 11, False)]
    for question, key, height in questions:
        wrapped = _wrap(question, 90)
        lines += [(w, 11, True) for w in wrapped]
        lines.append((f"@{key}:{height}", 11, False))
    return flow(lines)


def _wrap(text: str, width: int) -> list[str]:
    out, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + 1 > width and cur:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return out + ([cur] if cur else [])


def _fields(marks, values: dict[str, object], names: dict[str, str], tips: dict[str, str | None],
            kinds: dict[str, str] | None = None) -> list[Field]:
    out = []
    for key, value in values.items():
        page, y = marks[key]
        height = 18 if key in ("title", "date", "reporter") else 110
        kind = (kinds or {}).get(key, "text")
        out.append(Field(names[key], page, (56, y - height, 540, y), value, tooltip=tips.get(key), kind=kind,
                         multiline=height > 18))
    return out


def _acro_values(title: str, date: str) -> tuple[dict[str, object], list[tuple[str, str | None]]]:
    quotes = [("Je moet niet alles zelf kunnen, je moet weten wie je kan bellen.", "Hanne Vermeulen"),
              ("Het netwerk is pas sterk als het ook werkt wanneer ik op vakantie ben.", "Ruben")]
    values: dict[str, object] = {
        "title": title, "date": date, "reporter": "Eline",
        "summary": "Een jeugdwerker uit Oostende en een schoolopbouwwerker vertelden hoe ze samen een "
                   "vangnet bouwden voor jongeren die dreigen af te haken.\nWe tekenden in groepjes ons eigen netwerk.",
        "quotes": "“Je moet niet alles zelf kunnen, je moet weten wie je kan bellen.” – Hanne Vermeulen\n"
                  "“Het netwerk is pas sterk als het ook werkt wanneer ik op vakantie ben.” – Ruben",
        "surprise": "Hoeveel organisaties elkaar niet kenden, hoewel ze in dezelfde straat zitten.",
        "questions": "Hoe ga je om met privacy als je informatie over een jongere deelt?",
    }
    return values, quotes


_ACRO_LABELS = [("Titel van de sessie:", "title", 18), ("Datum:", "date", 18), ("Verslaggever:", "reporter", 18)]
_ACRO_QUESTIONS = [(Q_SUMMARY, "summary", 110), (Q_QUOTES, "quotes", 110), (Q_SURPRISE, "surprise", 110),
                   (Q_QUESTIONS, "questions", 110)]


def u08() -> None:
    title = "Vangnetten rond de school"
    values, quotes = _acro_values(title, "06/06/2023")
    texts, marks = _form_layout(_ACRO_LABELS, _ACRO_QUESTIONS)
    names = {"title": "Titel", "date": "Datum", "reporter": "Verslaggever", "summary": "Wat is er gebeurd",
             "quotes": "Quotes", "surprise": "Wat heeft jou verrast", "questions": "Vragen en reacties"}
    data = make_pdf_form(texts, _fields(marks, values, names, {}, {"date": "date"}), appearances=True)
    (OUT / "u08_vangnetten.pdf").write_bytes(data)
    gold("u08_vangnetten", title, "2023-06-06", ["summary", "quotes", "surprise", "questions"], quotes,
         "AcroForm, telling field names, appearance streams, date field")


def u09() -> None:
    title = "Vangnetten rond de school, deel twee"
    values, quotes = _acro_values(title, "6/6/2023")
    texts, marks = _form_layout(_ACRO_LABELS, _ACRO_QUESTIONS)
    keys = list(values)
    names = {k: f"Text{i + 1}" for i, k in enumerate(keys)}
    tips = {"title": "Titel van de sessie", "date": "Datum", "reporter": "Verslaggever", "summary": Q_SUMMARY,
            "quotes": Q_QUOTES, "surprise": Q_SURPRISE, "questions": Q_QUESTIONS}
    data = make_pdf_form(texts, _fields(marks, values, names, tips), appearances=False, need_appearances=True)
    (OUT / "u09_vangnetten-tooltips.pdf").write_bytes(data)
    gold("u09_vangnetten-tooltips", title, "2023-06-06", ["summary", "quotes", "surprise", "questions"], quotes,
         "AcroForm, Text1..Text7 with tooltips, values only (no appearance streams)")


def u10() -> None:
    title = "Vrijwilligers vasthouden in de jeugdhuizen"
    quotes = [("Een bedankje per sms kost niets en doet meer dan een etentje per jaar.", "Joke")]
    texts, marks = _form_layout(
        [("Titel van de sessie:", "title", 18), ("Datum:", "date", 18)],
        [(Q_SUMMARY, "summary", 110), ("Welke ambities kwamen aan bod? Vink aan.", "amb", 40),
         (Q_QUOTES, "quotes", 110)])
    values = {
        "title": title, "date": "06/06/2023",
        "summary": "Vier jeugdhuizen legden hun cijfers over vrijwilligers naast elkaar. Wie een onthaalmoment "
                   "had, hield zijn nieuwe vrijwilligers langer vast.",
        "quotes": "“Een bedankje per sms kost niets en doet meer dan een etentje per jaar.” – Joke",
    }
    fields = _fields(marks, values, {k: f"Text{i + 1}" for i, k in enumerate(values)}, {})
    page, y = marks["amb"]
    for n, (label, on) in enumerate((("Vrijwillig engagement", True), ("Mentaal welzijn", False))):
        x = 56 + n * 220
        texts.append(type(texts[0])(page, x + 16, y - 14, label, 10, False))
        fields.append(Field(f"Check{n + 1}", page, (x, y - 16, x + 12, y - 4), on, kind="check"))
    data = make_pdf_form(texts, fields, appearances=True)
    (OUT / "u10_vrijwilligers-jeugdhuizen.pdf").write_bytes(data)
    gold("u10_vrijwilligers-jeugdhuizen", title, "2023-06-06", ["summary", "ambitions", "quotes"], quotes,
         "AcroForm, field names and no tooltips (position only), checkboxes")


def u11() -> None:
    title = "Speelstraten in de stad"
    quotes = [("De straat is van wie er speelt, niet van wie er parkeert.", "Wouter")]
    lines = [(HEADER, 14, True), (f"Titel van de sessie: {title}", 11, False), ("Datum: 6 juni 2023", 11, False),
             (Q_SUMMARY[:60], 11, True), (Q_SUMMARY[60:], 11, True),
             ("Een stadsdienst en twee bewonersgroepen vertelden hoe een speelstraat tot stand komt.", 11, False),
             ("We speelden zelf krijttekenen op de parking van het congres.", 11, False),
             (Q_QUOTES, 11, True),
             ("“De straat is van wie er speelt, niet van wie er parkeert.” – Wouter", 11, False),
             (Q_SURPRISE, 11, True), ("Dat een speelstraat maar één handtekening per huis vraagt.", 11, False)]
    texts, _ = flow(lines)
    (OUT / "u11_speelstraten.pdf").write_bytes(make_pdf_form(texts, []))
    gold("u11_speelstraten", title, "2023-06-06", ["summary", "quotes", "surprise"], quotes, "flattened PDF form (page text only)")


def u12() -> None:
    title = "Inclusie begint bij de inschrijving"
    quotes = [("Een formulier van vier pagina's is al een drempel.", "Sofie Jacobs"),
              ("Wij vragen nu alleen nog een naam en een telefoonnummer.", "Arno")]
    parts = [
        ("p", "Titel: " + title), ("p", "Datum: 06/06/2023"),
        ("p", "Vraag 1: Wat is er gebeurd in de sessie?"),
        ("p", "We bekeken inschrijvingsformulieren van vijf jeugdbewegingen en streepten alles door wat niet nodig was."),
        ("p", "Vraag 3: Interessante quotes"),
        ("p", "“Een formulier van vier pagina's is al een drempel.”\n– Sofie Jacobs"),
        ("p", "“Wij vragen nu alleen nog een naam en een telefoonnummer.”\n– Arno"),
        ("p", "Vraag 5: Waar kwamen veel vragen over?"),
        ("p", "Over de verzekering: die heeft toch een geboortedatum nodig."),
    ]
    (OUT / "u12_inschrijving.docx").write_bytes(make_docx(parts))
    gold("u12_inschrijving", title, "2023-06-06", ["summary", "quotes", "questions"], quotes,
         "docx, 'Vraag N:' questions, attribution on the next line")


def u13() -> None:
    title = "Muziek maken met wat er is"
    quotes = [("Een emmer en twee lepels, meer heb je niet nodig voor een band.", "Dries"),
              ("Ritme is een taal die iedereen spreekt.", "Amira Benali")]
    text = "\n".join([
        f"{HEADER} – 6/6", f"Sessienaam: {title}", "",
        "Wat er is gebeurd in de sessie?",
        "Een muziekatelier voor kinderen in een asielcentrum liet ons zelf instrumenten maken uit afval.", "",
        "Interessante quote(s) uit de sessie",
        "“Een emmer en twee lepels, meer heb je niet nodig voor een band.”", "– Dries", "",
        "“Ritme is een taal die iedereen spreekt.”", "– Amira Benali", "",
        "Wat heeft jou verrast? Wat onthoud je?", "Hoe snel een zaal vol onbekenden samen één ritme vond.", "",
    ])
    (OUT / "u13_muziek-maken.txt").write_text(text, encoding="utf-8")
    gold("u13_muziek-maken", title, "2023-06-06", ["summary", "quotes", "surprise"], quotes,
         "txt, form header with '– 6/6', 'Sessienaam:', attribution on its own line")


def u14() -> None:
    title = "Een tweede thuis in de tienerwerking"
    quotes = [("Hier hoef ik niemand te zijn.", None)]
    parts = [
        ("p", HEADER), ("title", title), ("p", "Datum: 6 juni 2023"),
        ("h", "Wat is er gebeurd in de sessie?"),
        ("p", "Een tienerwerking uit Antwerpen-Noord vertelde over hun open huis op woensdagmiddag."),
        ("h", "Quotes"),
        ("p", "“Hier hoef ik niemand te zijn.” – een tiener in het filmpje"),
        ("h", "Sfeerbeeld"),
        ("p", "[foto in bijlage: DSC_0042.jpg – de zetel in de tienerruimte]"),
    ]
    (OUT / "u14_tweede-thuis.docx").write_bytes(make_docx(parts))
    gold("u14_tweede-thuis", title, "2023-06-06", ["summary", "quotes", "photo"], quotes,
         "docx, a photo mentioned but not attached")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for make in (u01, u02, u03, u04, u05, u06, u07, u08, u09, u10, u11, u12, u13, u14):
        make()
    print(f"wrote {len(list(OUT.glob('*.gold.json')))} reports to {OUT}")


if __name__ == "__main__":
    main()

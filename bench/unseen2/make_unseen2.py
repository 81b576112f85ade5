"""Write a second frozen set of unseen report variants (bench/unseen2/reports/).

Written for issue 14 AFTER the readers were built and BEFORE anyone ran them on it:
the first set (bench/unseen) was in view while the readers were made, so it no longer
measures what has not been seen. Same rules: own sessions, people and wording, nothing
from the corpus; layouts people send. Committed before the first measurement.

    .venv/bin/python bench/unseen2/make_unseen2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tests"))
sys.path.insert(0, str(HERE.parent / "unseen"))

import make_unseen as base  # noqa: E402
from formgen import Field, Text, flow, make_docx, make_odt, make_pdf_form  # noqa: E402

OUT = HERE / "reports"
base.OUT = OUT
gold = base.gold
Q_SUMMARY, Q_AMB, Q_QUOTES = base.Q_SUMMARY, base.Q_AMB, base.Q_QUOTES
Q_SURPRISE, Q_QUESTIONS, Q_PHOTO, HEADER = base.Q_SURPRISE, base.Q_QUESTIONS, base.Q_PHOTO, base.HEADER


def u15() -> None:
    title = "Oudercafé in de speelpleinwerking"
    quotes = [("Ouders komen voor de koffie en blijven voor het gesprek.", "Evelien Maes"),
              ("We hebben geen folder meer nodig sinds het café er is.", "Said")]
    parts = [("table", [["Naam van de sessie", title], ["Datum", "dinsdag 6 juni"]]),
             ("table", [[Q_SUMMARY, "Elke vrijdag zet een speelpleinwerking in Aalst koffie klaar voor ouders die hun "
                                    "kinderen komen halen. De begeleiders vertelden hoe dat begon met een thermos en twee stoelen."],
                        [Q_QUOTES, "“Ouders komen voor de koffie en blijven voor het gesprek.” (Evelien Maes, speelplein Aalst)\n"
                                   "“We hebben geen folder meer nodig sinds het café er is.” – Said"],
                        [Q_QUESTIONS, "Hoe betrek je ouders die geen Nederlands spreken?"]])]
    (OUT / "u15_oudercafe.docx").write_bytes(make_docx(parts))
    gold("u15_oudercafe", title, "2023-06-06", ["summary", "quotes", "questions"], quotes,
         "docx, label table with 'Naam van de sessie' and 'dinsdag 6 juni', question table")


def u16() -> None:
    title = "Podcast maken met tieners"
    quotes = [("Mijn stem klonk raar, maar mijn verhaal klonk goed.", "Lina"),
              ("De microfoon maakt van elke tiener een interviewer.", "Koen Wuyts")]
    parts = [("h", title), ("p", "Datum: 6 juni '23"),
             ("h", "Wat is er gebeurd?"),
             ("p", "Een jeugddienst liet tieners een podcast maken over hun buurt. We luisterden naar drie afleveringen "
                   "en maakten daarna zelf een **korte opname** in kleine groepen."),
             ("h", "Quotes"),
             ("p", "“Mijn stem klonk raar, maar mijn verhaal klonk goed.” – Lina"),
             ("p", "“De microfoon maakt van elke tiener een interviewer.” – Koen Wuyts"),
             ("h", "Wat onthoud je?"), ("p", "Dat _luisteren_ het moeilijkste deel van interviewen is.")]
    (OUT / "u16_podcast-tieners.docx").write_bytes(make_docx(parts))
    gold("u16_podcast-tieners", title, "2023-06-06", ["summary", "quotes", "surprise"], quotes,
         "docx, title as a heading, date 6 juni '23, short headings, emphasis")


def u17() -> None:
    title = "Toegankelijke kampen voor kinderen met een beperking"
    quotes = [("Een rolstoel op kamp is geen probleem, een trap zonder plan wel.", "Bieke Janssens")]
    parts = [("p", HEADER), ("p", f"Titel: {title}"), ("p", "Datum: 06-06-2023"),
             ("ol", "Wat is er gebeurd in de sessie?"),
             ("p", "Twee inclusieve jeugdwerkingen toonden hoe ze een kampplaats screenen op toegankelijkheid."),
             ("ol", "Interessante quotes"),
             ("p", "“Een rolstoel op kamp is geen probleem, een trap zonder plan wel.” – Bieke Janssens"),
             ("ol", "Waar kwamen veel vragen over?"),
             ("p", "Over de kosten van aangepast vervoer.")]
    (OUT / "u17_toegankelijke-kampen.odt").write_bytes(make_odt(parts))
    gold("u17_toegankelijke-kampen", title, "2023-06-06", ["summary", "quotes", "questions"], quotes,
         "odt, questions as numbered list items, 06-06-2023")


def u18() -> None:
    title = "Skatepark als jeugdruimte"
    quotes = [("Op het skatepark leer je vallen voor publiek.", "Ayoub"),
              ("Wij wilden geen hek, we wilden een bank.", None)]
    parts = [("p", HEADER + " – 6/6"),
             ("b", "Wat gebeurde er in de sessie?"),
             ("p", "Jongeren uit Mechelen vertelden hoe ze mee een skatepark ontwierpen, samen met een architect."),
             ("b", "Quotes uit de sessie"),
             ("p", "“Op het skatepark leer je vallen voor publiek.” – Ayoub"),
             ("p", "“Wij wilden geen hek, we wilden een bank.”"),
             ("b", "Wat heeft jou verrast?"),
             ("li", "dat de buurt zelf om verlichting vroeg"), ("li", "dat er meisjes in de ontwerpgroep zaten")]
    (OUT / "u18_skatepark.odt").write_bytes(make_odt(parts, meta_title=title))
    gold("u18_skatepark", title, "2023-06-06", ["summary", "quotes", "surprise"], quotes,
         "odt, title only in the document properties, header line with '– 6/6', bold questions, list")


def u19() -> None:
    title = "Jeugdwerk in de gevangenis"
    f1 = "Verslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 "
    f2 = "Verslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 2 > 2 "
    quotes = [("Op woensdag ben ik geen gedetineerde maar een papa die een spel uitlegt.", "een vader in de getuigenis"),
              ("Wat we doen is klein, maar voor die kinderen is het de hele week.", "Griet Lambrecht")]
    text = "\n".join([
        " ", "", f1, "", "NOTA ", "", HEADER + "  ", "", title + " ", "",
        Q_SUMMARY + " ", "", " ", "",
        "Een jeugdwerkorganisatie organiseert speelnamiddagen in de bezoekruimte van een gevangenis, zodat ", "",
        "kinderen hun vader kunnen zien in een gewone sfeer. We kregen foto's en tekeningen te zien van ", "",
        "", "", "", f1, "", "", "\f", f2, "", "",
        "de kinderen zelf. ", "", " ", "",
        Q_QUOTES + " ", "", " ", "",
        "“Op woensdag ben ik geen gedetineerde maar een papa die een spel uitlegt.” – een vader in de ", "",
        "getuigenis ", "", " ", "",
        "“Wat we doen is klein, maar voor die kinderen is het de hele week.” – Griet Lambrecht ", "", " ", "",
        Q_SURPRISE + " ", "", " ", "",
        "Hoe streng de veiligheidsregels zijn, en hoe zacht de sfeer toch blijft. ", "",
    ])
    (OUT / "u19_gevangenis.txt").write_text(text, encoding="utf-8")
    gold("u19_gevangenis", title, "2023-06-06", ["summary", "quotes", "surprise"],
         [(q, s if s and s[0].isupper() else None) for q, s in quotes],
         "txt PDF extract, page break inside a paragraph, attribution wrapped, date only in the running header")


_LABELS = [("Titel van de sessie:", "title", 18), ("Datum:", "date", 18)]


def u20() -> None:
    title = "Stille ruimtes op festivals"
    quotes = [("Na een uur in de chillzone ging ik terug dansen.", "Mats"),
              ("Rust is ook een vorm van feesten.", "Hind Ouali")]
    texts, marks = base._form_layout(_LABELS, [(Q_SUMMARY, "summary", 110), (Q_QUOTES, "quotes", 110),
                                               (Q_QUESTIONS, "questions", 110)])
    values = {"title": title, "date": "6-6-2023",
              "summary": "Een jeugdorganisatie richt op zomerfestivals een rustige tent in voor jongeren die even "
                         "weg willen van de drukte. Ze deelden cijfers over wie er binnenkomt.",
              "quotes": "“Na een uur in de chillzone ging ik terug dansen.” – Mats\n“Rust is ook een vorm van feesten.” – Hind Ouali",
              "questions": "Wie bemant zo'n tent, en hoe herken je iemand die echt hulp nodig heeft?"}
    names = {"title": "Titel van de sessie", "date": "Datum",
             "summary": "Wat er is gebeurd in de sessie Wat hebben jullie gedaanhoordbeleefd Omschrijf in 5 a 10 zinnen",
             "quotes": "Interessante quotes uit de sessie", "questions": "Waar kwamen veel vragenreacties over"}
    data = make_pdf_form(texts, base._fields(marks, values, names, {}), appearances=False)
    (OUT / "u20_stille-ruimtes.pdf").write_bytes(data)
    gold("u20_stille-ruimtes", title, "2023-06-06", ["summary", "quotes", "questions"], quotes,
         "AcroForm, field names auto-made from the question text, values only, date 6-6-2023")


def u21() -> None:
    title = "Vrijwilligers uit de sportclub"
    quotes = [("Trainer zijn is ook jeugdwerk, alleen met een fluitje.", "Nele De Coster")]
    texts, marks = base._form_layout([], [(Q_SUMMARY, "summary", 110), (Q_QUOTES, "quotes", 90),
                                          (Q_SURPRISE, "surprise", 90)])
    page = 0
    texts = [t for t in texts if t.text != HEADER]
    texts.insert(0, Text(0, 56, 812, HEADER, 14, True))
    values = {"summary": "Sportclubs en jeugdbewegingen zochten samen naar manieren om vrijwilligers te delen.",
              "quotes": "“Trainer zijn is ook jeugdwerk, alleen met een fluitje.” – Nele De Coster",
              "surprise": "Dat veel trainers zichzelf nooit als vrijwilliger zien."}
    fields = base._fields(marks, values, {k: f"verslag.vraag{i}" for i, k in enumerate(values, start=1)},
                          {"summary": "Wat gebeurde er?", "quotes": "Quotes", "surprise": "Verrast?"})
    fields += [Field("verslag.titel", page, (56, 780, 400, 796), title, multiline=False),
               Field("verslag.datum", page, (420, 780, 540, 796), "06/06/2023", kind="date", multiline=False)]
    data = make_pdf_form(texts, fields, appearances=True)
    (OUT / "u21_sportclub.pdf").write_bytes(data)
    gold("u21_sportclub", title, "2023-06-06", ["summary", "quotes", "surprise"], quotes,
         "AcroForm, hierarchical names verslag.titel/verslag.datum, short tooltips, no printed labels for title and date")


def u22() -> None:
    title = "Spelotheek op wielen"
    quotes = [("Een kist vol spellen opent meer deuren dan een flyer.", "Robin"),
              ("Kinderen die nooit spelen, weten ook niet dat ze het mogen.", "Anouk Segers")]
    lines = [(HEADER, 14, True), ("Titel van de sessie:", 11, False), ("@title:18", 11, False),
             ("Datum:", 11, False), ("@date:18", 11, False)]
    lines += [(w, 11, True) for w in base._wrap(Q_SUMMARY, 90)] + [("@summary:420", 11, False)]
    lines += [(w, 11, True) for w in base._wrap(Q_QUOTES, 90)] + [("@quotes:150", 11, False)]
    texts, marks = flow(lines)
    for p in range(2):
        texts.append(Text(p, 150, 20, f"Verslag sessie congres #Jeugdwerkwerkt • 6 juni 2023 • pagina {p + 1} > 2", 8))
    values = {"title": title, "date": "06/06/2023",
              "summary": "Een bakfiets vol gezelschapsspellen rijdt door sociale woonwijken in Gent. Kinderen lenen "
                         "spellen uit zoals boeken in een bibliotheek.",
              "quotes": "“Een kist vol spellen opent meer deuren dan een flyer.” – Robin\n"
                        "“Kinderen die nooit spelen, weten ook niet dat ze het mogen.” – Anouk Segers"}
    heights = {"title": 18, "date": 18, "summary": 420, "quotes": 150}
    fields = []
    for i, (key, value) in enumerate(values.items(), start=1):
        page, y = marks[key]
        fields.append(Field(f"Text{i}", page, (56, y - heights[key], 540, y), value, multiline=heights[key] > 18))
    (OUT / "u22_spelotheek.pdf").write_bytes(make_pdf_form(texts, fields, appearances=True))
    gold("u22_spelotheek", title, "2023-06-06", ["summary", "quotes"], quotes,
         "AcroForm over two pages with running footers, fields by position only")


def u23() -> None:
    title = "Slapen onder de sterren"
    quotes = [("Zonder tent hoor je pas hoe luid een bos is.", "Jelle")]
    text = "\n".join([
        f"Sessie: {title}", "Datum: 6/6/23", "",
        "Wat is er gebeurd?",
        "Een natuurjeugdbeweging vertelde over bivakkeren zonder tent, en hoe ze ouders daarvan overtuigden.", "",
        "Quotes",
        "\"Zonder tent hoor je pas hoe luid een bos is.\" - Jelle", "",
        "Vragen uit de zaal",
        "Mag dat eigenlijk, in een gewoon bos?", "",
    ])
    (OUT / "u23_sterren.txt").write_text(text, encoding="utf-8")
    gold("u23_sterren", title, "2023-06-06", ["summary", "quotes", "questions"], quotes,
         "plain text, no form header, 'Sessie:' title, 6/6/23, short labels")


def u24() -> None:
    quotes = [("Een park is pas een speelplek als kinderen er zonder volwassene mogen komen.", "Wout Maris")]
    parts = [("p", "Datum: 06/06/2023"),
             ("b", "Wat gebeurde er?"), ("p", "Een stadsdienst en een jeugdraad liepen samen door drie parken."),
             ("b", "Quotes"),
             ("p", "“Een park is pas een speelplek als kinderen er zonder volwassene mogen komen.” – Wout Maris")]
    (OUT / "u24_spelen-in-het-park.docx").write_bytes(make_docx(parts))
    gold("u24_spelen-in-het-park", "Spelen in het park", "2023-06-06", ["summary", "quotes"], quotes,
         "docx without a title: the file name is the title")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for make in (u15, u16, u17, u18, u19, u20, u21, u22, u23, u24):
        make()
    print(f"wrote {len(list(OUT.glob('*.gold.json')))} reports to {OUT}")


if __name__ == "__main__":
    main()

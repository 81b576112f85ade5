"""Write the two Word reports of this set (15_*.docx, 16_*.docx) with python-docx.

    .venv/bin/python bench/data/unseen_s3/make_docx.py

The text below is the source of truth; the .docx files are committed as generated here
(python-docx 1.2), so the set stays frozen even if python-docx changes. Report 15 uses
heading paragraphs for the form's questions, report 16 bold question lines (the two
shapes reporters send).
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent

Q_WHAT = "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen"
Q_AMB = ("Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de "
         "ambities bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s) waar te kunnen maken?")
Q_QUOTES = "Interessante quote(s) uit de sessie"
Q_SURPRISE = "Wat heeft jou verrast? Wat onthoud je?"
Q_QUESTIONS = "Waar kwamen veel vragen/reacties over?"

REPORT_15 = {
    "file": "15_brede-school-als-kruispunt.docx",
    "title": "De brede school als kruispunt tussen klas en vrije tijd",
    "date": "Datum: 6 juni 2023",
    "sections": [
        (Q_WHAT, [
            "De sessie werd gegeven door twee mensen van Brede School Genk en een jeugdconsulent van de stad. "
            "Ze vertelden hoe een brede school in Winterslag de muren tussen school, jeugdwerk en buurt probeert af te breken.",
            "Een leerkracht die al twintig jaar op de school werkt, toonde foto's van de speelplaats die na schooltijd openblijft en "
            "door de jeugdwerking wordt begeleid. Er is huiswerkbegeleiding, een fietsatelier en op woensdag een kookclub.",
            "Daarna bezochten we in gedachten C-mine, waar de jongeren van de brede school elk jaar een tentoonstelling maken. "
            "We eindigden met een gesprek over wie wat betaalt: de school, de stad of het jeugdwerk.",
        ]),
        (Q_AMB, [
            "Kruispunten: Brede School Genk verbindt onderwijs, vrije tijd en welzijn, met steun van Katholiek Onderwijs "
            "Vlaanderen en het GO! voor de scholen van beide netten. De Limburgse aanpak werkt volgens de sprekers omdat er één "
            "coördinator is die de partners samenbrengt.",
        ]),
        (Q_QUOTES, [
            "“Op school was ik ‘de moeilijke’. In het fietsatelier ben ik de beste,” zegt Mehmet Öztürk (15).",
            "“Sahar kwam eerst alleen voor de wifi. Nu leidt ze de kookclub.” – een begeleider",
            "“Bart Wuyts van de stad heeft ons drie jaar lang elke maand gebeld. Zonder hem was er geen brede school.”",
            "“Als een leerkracht en een jeugdwerker samen koffie drinken, is het halve werk gedaan.” – Ilse",
        ]),
        (Q_SURPRISE, [
            "Dat de leerkrachten het meeste leerden van de jeugdwerkers, en niet omgekeerd. En dat de jongeren zelf de "
            "openingsuren van de speelplaats hebben bepaald.",
        ]),
        (Q_QUESTIONS, [
            "Over verzekering na de schooluren en over de vraag wie verantwoordelijk is als er iets gebeurt op de speelplaats.",
        ]),
    ],
}

REPORT_16 = {
    "file": "16_online-pesten-en-sexting.docx",
    "title": "Online pesten en sexting: wat doe je als leiding?",
    "date": "Datum: 6 juni 2023",
    "sections": [
        (Q_WHAT, [
            "Een medewerker van Child Focus en iemand van Sensoa gaven samen een sessie over wat je doet als er een naaktfoto "
            "van een lid rondgaat, of als een groepschat een pestkanaal wordt. Geen theorie, wel vijf situaties uit de praktijk.",
            "Per situatie stemden we met groene en rode kaarten: grijp je in, of niet? Daarna legden de sprekers uit wat de wet "
            "zegt en wat de slachtofferhulp aanraadt. Het stappenplan van Child Focus is eenvoudig: niet doorsturen, niet "
            "verwijderen voor je weet wat er is gebeurd, praten met het slachtoffer, en melden.",
        ]),
        (Q_AMB, [
            "Digitale leefwereld: pesten stopt niet aan de deur van het lokaal. Volgens de sprekers moet elke leidingsploeg "
            "één persoon hebben die het stappenplan kent. Mentaal welzijn: de impact van een gelekte foto op een jongere is "
            "enorm, en de leiding is vaak de eerste die het merkt.",
        ]),
        (Q_QUOTES, [
            "“Thibault Declercq stuurde die foto door naar de hele groep. Hij vond het grappig. Zij is nooit meer teruggekomen.”",
            "“Ik wist niet dat je dat kon melden. Nu weet ik het.” – Arne, leider",
            "“Als je iets ziet, stuur me een bericht, snap: bosuil.2006 of bel 0493 27 64 18.” – een hoofdleidster",
            "“Wij hebben Instagram niet verboden. We hebben samen afspraken gemaakt,” vertelde NAOMI, 17.",
        ]),
        (Q_SURPRISE, [
            "Dat sexting tussen jongeren op zich niet strafbaar is, maar het doorsturen wel. En dat slachtoffers zich vaak "
            "schuldig voelen, niet de daders.",
        ]),
        (Q_QUESTIONS, [
            "Over de ouders: moet je hen altijd verwittigen? En over de politie: wanneer stap je daarheen?",
        ]),
    ],
}


def write(report: dict, questions_as_headings: bool) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading(report["title"], level=1)
    doc.add_paragraph("Verslag sessie congres #Jeugdwerkwerkt")
    doc.add_paragraph(report["date"])
    for question, paragraphs in report["sections"]:
        if questions_as_headings:
            doc.add_heading(question, level=2)
        else:
            doc.add_paragraph().add_run(question).bold = True
        for text in paragraphs:
            doc.add_paragraph(text)
    path = HERE / report["file"]
    doc.save(str(path))
    return path


if __name__ == "__main__":
    print(write(REPORT_15, questions_as_headings=True))
    print(write(REPORT_16, questions_as_headings=False))

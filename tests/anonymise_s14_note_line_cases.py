"""Session 14's frozen cases (s14-chat, issue 11): a name opening a shorthand note line of the
quotes section -- in capitals or capitalised, maybe after a lower-case person noun ("tiener",
"mama", "jongere"), with a question mark, an aside in brackets, "nog", "over ...", before a
quotation -- the family that published a first name in session 13's held-out set T (t09,
informed now: "- tiener <VOORNAAM>? (...): « ... »"). Written 11:00 UTC BEFORE any rule. Every
name and invented item was checked (whole word, case-insensitive) against ``tests/``,
``bench/data`` and ``/work/shared``: none occurs there (the look-alikes' ordinary words, real
places, bodies and acronyms aside).

``PERSON``: ``(quotes section, name parts that must go)``; ``KEEP``: ``(quotes section, items
that must stay)``. Both run as the quotes section of a whole Markdown report (the reader makes
the quotes; ``anonymise_report``, default scope). ``PYTHONPATH=tests python
tests/anonymise_s14_note_line_cases.py`` prints the score.
"""

from __future__ import annotations

from anoncases import print_run_score

PERSON: list[tuple[str, list[str]]] = [
    ("- tiener GAVRIL? (naam niet goed verstaan): « On a dansé toute la nuit. »", ["Gavril"]),
    ("- jongere OUASSIMA: “ik wil volgend jaar zelf leiding worden”", ["Ouassima"]),
    ("- mama SANAE? (niet zeker van de naam): “mijn dochter kwam elke dag blij thuis”", ["Sanae"]),
    ("- KAZIMIERZ nog: “de bus was te laat, maar het kamp was top”", ["Kazimierz"]),
    ("- HALIME over de kampprijs: “tweehonderd euro is te veel voor ons”", ["Halime"]),
    ("- leerling BRONWYN: “op school praten we daar nooit over”", ["Bronwyn"]),
    ("- deelnemer JOLANTA?: “ik durfde eerst niets te zeggen”", ["Jolanta"]),
    ("- TJEERD (leiding): “we hebben de regels samen met de kinderen gemaakt”", ["Tjeerd"]),
    ("- vrijwilliger REMIGIUS: “ik doe dit al twintig jaar”", ["Remigius"]),
    ("* PADRAIG (17): “nobody asked us before”", ["Padraig"]),
    ("- animator GARETH nog: “de kleinsten waren het luidst”", ["Gareth"]),
    ("- oma YASEMIN (uit de zaal): “vroeger was er geen jeugdhuis in ons dorp”", ["Yasemin"]),
    ("Wie ging er mee op kamp?\n- SIETSKE: “ik, en mijn broer ook”", ["Sietske"]),
    ("- zus MULUMBA? “zij heeft alles georganiseerd”", ["Mulumba"]),
    ("- tiener CAPUCINE: « C'était la meilleure semaine de l'été. »", ["Capucine"]),
    ("- buurman KANYINDA over het lawaai: “het is eigenlijk nooit te luid”", ["Kanyinda"]),
    ("- papa NADIR WIERZBICKI: “de kinderen vragen elke week wanneer het weer is”", ["Nadir", "Wierzbicki"]),
    ("- Tjeerd nog: “en vergeet de afwas niet”", ["Tjeerd"]),
    ("- tiener Ouassima? (sorry, naam niet zeker): “het was de eerste keer dat ik mee mocht”", ["Ouassima"]),
    ("- monitor ILEANA: “les enfants ont tout décidé eux-mêmes”", ["Ileana"]),
    ("- kookouder GAVRIL nog: “vijftig liter soep op één dag”", ["Gavril"]),
    ("- jongen TSHITEYA (14): “ik was de jongste van de groep”", ["Tshiteya"]),
]

KEEP: list[tuple[str, list[str]]] = [
    ("- TIP: “neem altijd een extra trui mee op kamp”", ["TIP"]),
    ("- OPGELET: “de inschrijvingen sluiten in mei”", ["OPGELET"]),
    ("- VDAB: “er zijn genoeg vacatures voor jobstudenten”", ["VDAB"]),
    ("- medewerker OCMW: “we betalen de helft van het kampgeld terug”", ["OCMW"]),
    ("- UNICEF: “elk kind heeft recht op spel”", ["UNICEF"]),
    ("- BELANGRIJK: “niemand mag uitgesloten worden”", ["BELANGRIJK"]),
    ("- CONCLUSIE: “we beginnen volgend jaar vroeger”", ["CONCLUSIE"]),
    ("- VRAAG uit de zaal: “hoe betalen jullie de bus?”", ["VRAAG"]),
    ("- NB: “de zaal is enkel op zaterdag vrij”", ["NB"]),
    ("- CAW (Limburg): “we hebben een aanspreekpunt voor jongeren”", ["CAW"]),
    ("- GEMEENTE: “de vergunning komt er volgend jaar”", ["GEMEENTE"]),
    ("- JEUGDDIENST: “we zoeken nog animatoren”", ["JEUGDDIENST"]),
    ("- KSA: “we gaan elk jaar naar de Ardennen”", ["KSA"]),
    ("- UPDATE: “de datum is verschoven naar juni”", ["UPDATE"]),
    ("- AWEL nog: “jongeren bellen vaker 's avonds”", ["AWEL"]),
    ("- jeugdconsulent GENT: “we hebben drie nieuwe speelpleinen”", ["GENT"]),
    ("- Brussel: “elke wijk heeft een jeugdhuis nodig”", ["Brussel"]),
    ("- Chiro nog: “onze leiding is gemiddeld negentien”", ["Chiro"]),
    ("- leiding SCOUTS: “de tenten zijn van de groep”", ["SCOUTS"]),
    ("- SAMENVATTING: “meer tijd, minder regels”", ["SAMENVATTING"]),
    ("- INSTAGRAM (de jeugddienst): “we posten elke week een foto”", ["INSTAGRAM"]),
    ("- STAD ANTWERPEN: “de subsidie loopt nog twee jaar”", ["ANTWERPEN"]),
]


def run(section: str) -> str:
    """The published quotes section and quotes of a Markdown report after a default-scope
    anonymisation."""
    from pathlib import Path

    from perskamer.model import Source
    from perskamer.plugins.anonymise.anonymiser import anonymise_report
    from perskamer.plugins.read_markdown import read_markdown

    md = ("---\ntitle: Een middag over vrije tijd\n---\n\n## Wat er is gebeurd in de sessie?\n\n"
          f"We praatten over vrije tijd.\n\n## Interessante quote(s) uit de sessie\n\n{section}\n")
    report = read_markdown(Source(path=Path("r.md"), rel="r.md", data=md.encode()))
    anonymise_report(report, {})
    parts = [report.sections.get("quotes") or ""]
    parts += [f"{q.text} | {q.speaker or ''} | {q.attribution or ''}" for q in report.quotes]
    return "\n".join(parts)



def _score() -> None:
    print_run_score(run, PERSON, KEEP, ignore_case=True, show=lambda out: out.replace("\n", " / "))


if __name__ == "__main__":
    _score()

"""Session 14's frozen cases (s14-chat, issue 11): a quotation in a ``.txt`` form's section that
the PDF extraction wrapped over a line -- the photo caption above all ("Bijschrift: "<Naam>
toont ... <wrap> ...""), the class that published a first name in BOTH of session 13's blind
sets (S s16, T t11; informed now). Written 10:45 UTC BEFORE any rule. Every name and keep item
was checked (whole word, case-insensitive) against ``tests/``, ``bench/data`` and
``/work/shared``: none occurs there.

A case is a section text with ``|`` where the PDF wrapped the line; :func:`form` writes a
whole ``.txt`` form around it (the wrap becomes the extraction's `` \\n\\n \\n\\n``) and
:func:`run` reads it with the text-form reader and anonymises it (default scope) -- the
reader's own section, as a build sees it.

``PERSON``: ``(section, text, name parts that must go)``; ``KEEP``: ``(section, text, items
that must stay)``. ``PYTHONPATH=tests python tests/anonymise_s14_wrapped_cases.py`` prints
the score.
"""

from __future__ import annotations

from anoncases import print_run_score

PERSON: list[tuple[str, str, list[str]]] = [
    ("photo", "Foto van de kampvuurkring. Bijschrift: “Tjeerd steekt het vuur aan bij de|Scoutsgroep.”", ["Tjeerd"]),
    ("photo", "Bijschrift: “Jeltje (14) en haar broer bouwen een vlot op de|vijver.”", ["Jeltje"]),
    ("photo", "Foto van de keuken. Bijschrift: “Kazimierz roert in de grote|soepketel.”", ["Kazimierz"]),
    ("photo", "Bijschrift: “de tekening van Ouassima hangt nu in het|lokaal”", ["Ouassima"]),
    ("photo", "Foto. Bijschrift: “Mulumba en Tshibola tijdens de|dansworkshop.”", ["Mulumba", "Tshibola"]),
    ("photo", "Bijschrift: “Petronela (16) legt de regels van het spel uit aan de|kleinsten.”", ["Petronela"]),
    ("photo", "Foto van het podium. Bijschrift: \"Gareth zingt het slotlied met de|hele groep\"", ["Gareth"]),
    ("photo", "Bijschrift: \"met een post-it van Saloua helemaal onderaan, naast die van|Viorel\"", ["Saloua", "Viorel"]),
    ("photo", "Bijschrift: “Enguerrand Delcourtois geeft uitleg bij het|bordspel.”", ["Enguerrand", "Delcourtois"]),
    ("photo", "Foto. Bijschrift: “Sibel, Yasemin en Halime aan de kassa van de|fuif.”", ["Sibel", "Yasemin", "Halime"]),
    ("photo", "Bijschrift: “Op de foto Roisin Mac Giollarnáth (17), die het project|trekt.”", ["Roisin", "Giollarnáth"]),
    ("photo", "Bijschrift: “Kabamba toont hoe je een|tent opzet.”", ["Kabamba"]),
    ("photo", "Foto van de muurschildering. Bijschrift: “Het ontwerp is van Capucine en|Jarosław.”", ["Capucine", "Jarosław"]),
    ("photo", "Bijschrift: “Links Gijsbert, rechts zijn zus Geertruida, allebei|leiding.”", ["Gijsbert", "Geertruida"]),
    ("photo", "Bijschrift: “Danuta Wierzbicka-Lis (15) tijdens de|debatwedstrijd.”", ["Danuta", "Wierzbicka"]),
    ("photo", "Foto. Bijschrift: “Kayode speelt|djembé voor de groep.”", ["Kayode"]),
    ("photo", "Bijschrift: “Animator Eoin met de kinderen van de|zwemles.”", ["Eoin"]),
    ("photo", "Bijschrift: “Quitterie (12) wint de|quiz.”", ["Quitterie"]),
    ("photo", "Foto van de fietsen. Bijschrift: “Tudor Ionescu-Vlad herstelt een|band.”", ["Tudor", "Ionescu"]),
    ("photo", "Bijschrift: “Bogusław en zijn team na de|zeepkistenrace.”", ["Bogusław"]),
    ("photo", "Bijschrift: “De affiche die Sietske|ontwierp.”", ["Sietske"]),
    # (in another section of the form: a pasted message or a line someone called out)
    ("summary", "Een jongere las een bericht voor: “Makiese en Nadir kunnen niet komen, ze zitten vast in|Brussel.”", ["Makiese", "Nadir"]),
    ("questions", "Een ouder vroeg: “Wie belt er naar Ophélie als mijn kind ziek wordt op|kamp?”", ["Ophélie"]),
    ("surprise", "De leiding schreef op het bord: “Dank aan Seamus voor de soep en aan Clive voor|het brood”", ["Seamus", "Clive"]),
]

KEEP: list[tuple[str, str, list[str]]] = [
    ("photo", "Bijschrift: “De tent van de Chirojongens Sint-Remaclus staat in|Opglabbeek.”", ["Opglabbeek"]),
    ("photo", "Foto. Bijschrift: “Het nieuwe lokaal van Jeugdhuis De|Kraanvogel.”", ["Kraanvogel"]),
    ("photo", "Bijschrift: “De kinderen van Speelplein Het Wipwapje op de|springkasteel.”", ["Wipwapje"]),
    ("photo", "Bijschrift: “Een spel uit Estland op het dorpsplein van|Lovendegem.”", ["Estland", "Lovendegem"]),
    ("photo", "Foto. Bijschrift: “De bus van Autocars Zwaluwtrek naar|Houffalize.”", ["Houffalize"]),
    ("photo", "Bijschrift: “Zonsondergang boven de|Kalmthoutse Heide.”", ["Kalmthoutse"]),
    ("photo", "Bijschrift: “Affiches voor de campagne Stille|Fluistertrommel.”", ["Fluistertrommel"]),
    ("photo", "Bijschrift: “Een stand van Klankhout en van|Draadloos vzw.”", ["Klankhout"]),
    ("photo", "Bijschrift: “De vlaggen van Kirgizië, Laos en|Paraguay.”", ["Kirgizië", "Laos", "Paraguay"]),
    ("photo", "Bijschrift: “Het podium op de markt van|Wichelen.”", ["Wichelen"]),
    ("photo", "Foto. Bijschrift: “Spelen op de Nintendo Switch in het|jeugdhuis.”", ["Nintendo"]),
    ("photo", "Bijschrift: “De wimpel van KLJ Zandvliet in de|feestzaal.”", ["Zandvliet"]),
    ("photo", "Bijschrift: “De groep na de wandeling in|Rochefort.”", ["Rochefort"]),
    ("photo", "Bijschrift: “Het logo van Speelwerkplaats op de muur van het|jeugdhuis.”", ["Speelwerkplaats"]),
    ("photo", "Bijschrift: “Een workshop in het Frans en het|Arabisch.”", ["Frans", "Arabisch"]),
    ("photo", "Bijschrift: “Samen koken met producten van de Voedselbank|Sint-Niklaas.”", ["Sint-Niklaas"]),
    ("photo", "Bijschrift: “Tieners aan het werk in Fablab|Kortrijk.”", ["Kortrijk"]),
    ("photo", "Foto. Bijschrift: “De stand van Unicef op de|jongerenbeurs.”", ["Unicef"]),
    ("photo", "Bijschrift: “Het kampterrein in de Ardennen, vlak bij|Bouillon.”", ["Ardennen", "Bouillon"]),
    ("photo", "Bijschrift: “Onze tieners op TikTok en|Instagram.”", ["TikTok", "Instagram"]),
    ("summary", "Op het scherm stond: “Welkom bij Jeugdhuis De Wolkenkrabber in|Zelzate.”", ["Wolkenkrabber", "Zelzate"]),
    ("questions", "De vraag was: “Hoe krijgen we meer jongeren uit|Anderlecht naar het kamp?”", ["Anderlecht"]),
]

_FORM = """\x20

Verslag sessie congres #Jeugdwerkwerkt    \u2022   6 juni 2023   \u2022   pagina 1 > 2\x20

NOTA\x20

Verslag sessie congres #Jeugdwerkwerkt \x20
Datum: 6 juni 2023\x20

Een middag over vrije tijd\x20

Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen\x20

\x20

{summary}\x20

\x20

Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam \u00e9\u00e9n\x20

van de ambities bijvoorbeeld vandaag al waar? Of wat is er volgens de sprekers nodig om deze ambitie(s)\x20

waar te kunnen maken? \x20

\x20

Vrije tijd is een recht, voor elk kind.\x20

\x20

Interessante quote(s) uit de sessie\x20

\x20

\u201cHet was een fijne middag.\u201d \u2013 een deelnemer\x20

\x20

Wat heeft jou verrast? Wat onthoud je?\x20

\x20

{surprise}\x20

\x20

Waar kwamen veel vragen/reacties over? \x20

\x20

{questions}\x20

\x20

Sfeerbeeld van de sessie \u2013 foto (of schets      )\x20

\x20

{photo}\x20
"""

_DEFAULTS = {
    "summary": "We speelden spelletjes en praatten over de zomer.",
    "surprise": "Hoeveel kinderen nooit op kamp gaan.",
    "questions": "Over het geld dat ervoor nodig is.",
    "photo": "Foto van de groep.",
}


def form(section: str, text: str) -> str:
    """A whole ``.txt`` form with ``text`` in ``section``; ``|`` is a PDF line wrap."""
    fields = dict(_DEFAULTS)
    fields[section] = text.replace("|", " \n\n \n\n")
    return _FORM.format(**fields)


def run(section: str, text: str) -> str:
    """The section's published text after a default-scope anonymisation of the read form."""
    from pathlib import Path

    from perskamer.model import Source
    from perskamer.plugins.anonymise.anonymiser import anonymise_report
    from perskamer.plugins.read_text_form import read_text_form

    report = read_text_form(Source(path=Path("r.txt"), rel="r.txt", data=form(section, text).encode()))
    anonymise_report(report, {})
    out = report.sections.get(section) or ""
    if report.photo is not None and section == "photo":
        out += "\n" + (report.photo.caption or "") + "\n" + (report.photo.alt or "")
    return out



def _score() -> None:
    print_run_score(run, PERSON, KEEP, show=lambda out: out.replace("\n", " / "))


if __name__ == "__main__":
    _score()

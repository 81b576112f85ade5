"""Session 16 (s16-layout, issue 11): a name that stands ALONE on a line of a pasted message, where
the layout says who it is -- the sign-off under a greeting ("Groetjes,\\n<Naam>") and the display
name of a Teams/Zoom/meeting-chat copy before the time ("<Naam>  10:32\\n<bericht>"). The blind
attack A16 found both (its frames F31 and F17). A FROZEN batch.

Written by s16-layout on 6 December 2026, 16:40-16:50 UTC, BEFORE any rule for these classes.
Every name part below was checked (whole word, case-insensitive) against ``tests/``,
``bench/data/``, ``/work/shared/`` and ``/work/notes/s16/attack/``: none occurs there, and none
is a name of the attack. The look-alike items are organisations, places, programme items, apps
and family words (real bodies and towns may occur elsewhere: they are no names).

``SIGNOFF`` / ``DISPLAY``: ``(text, name parts that must go)``; ``SIGNOFF_KEEP`` /
``DISPLAY_KEEP``: ``(text, items that must stay)``. Each text runs twice: as bare text
(``anonymise_text``) and as the one quote of a whole report (default scope: the quote and the
quotes section). Names are compared case-insensitively, items case-sensitively and by count.
``PYTHONPATH=tests python tests/anonymise_s16_layout_line_cases.py``.
"""

from __future__ import annotations

import re

SIGNOFF: list[tuple[str, list[str]]] = [
    ("Bedankt voor de uitnodiging, we komen zeker terug.\nGroetjes,\nGijsje Wolterink", ["Gijsje", "Wolterink"]),
    ("Tot volgende keer!\nGroeten,\nBrieuc", ["Brieuc"]),
    ("De foto's stuur ik morgen door.\nLiefs,\nAyaanle", ["Ayaanle"]),
    ("Met vriendelijke groeten,\nEgbertine Clapdorp", ["Egbertine", "Clapdorp"]),
    ("Ik breng de sleutel zaterdag terug.\nTot dan,\nLamyae", ["Lamyae"]),
    ("Thanks for the great session!\nCheers,\nRuaridh MacKinnon", ["Ruaridh", "MacKinnon"]),
    ("Merci pour tout.\nBisous,\nGwladys Fourmanoir", ["Gwladys", "Fourmanoir"]),
    ("We zien elkaar op zaterdag.\nGroetjes\nHüsnü", ["Hüsnü"]),
    ("De lijst met deelnemers zit in bijlage.\nVriendelijke groeten\nZakariae Belarbi", ["Zakariae", "Belarbi"]),
    ("Het was een topdag!\nDikke kus,\nMehdiya", ["Mehdiya"]),
    ("Groetjes uit Leuven,\nSêvê", ["Sêvê"]),
    ("Ik hou jullie op de hoogte.\nTot snel!\nNanouk", ["Nanouk"]),
    ("Hartelijke groeten,\nSzczepan Grzelak", ["Szczepan", "Grzelak"]),
    ("Warme groet,\nAnca Pătrașcu", ["Anca", "Pătrașcu"]),
    ("Kind regards,\nStruan McTavish", ["Struan", "McTavish"]),
    ("De zaal is vrij op vrijdag.\n\nGroetjes,\n\nDilşad Akgündüz", ["Dilşad", "Akgündüz"]),
    ("Wie rijdt er mee?\nTot zaterdag!\nXuseen Jaamac", ["Xuseen", "Jaamac"]),
    ("Liefs\nLuul Tekeste", ["Luul", "Tekeste"]),
    ("Groeten van de hele ploeg,\nWahidullah", ["Wahidullah"]),
    ("Sportieve groeten,\nFlorjan Hoxhaj", ["Florjan", "Hoxhaj"]),
    ("Mvg,\nShreya Iyer", ["Shreya", "Iyer"]),
    ("Merci en tot later,\nGuang Zhuang", ["Guang", "Zhuang"]),
    ("Groetjes,\nHermelijn", ["Hermelijn"]),
    ("Bedankt!\nMimoza", ["Mimoza"]),
]

SIGNOFF_KEEP: list[tuple[str, list[str]]] = [
    ("Groetjes,\nHet bestuur van Jeugdhuis Wolkenkrabber", ["Jeugdhuis Wolkenkrabber"]),
    ("Groeten,\nJeugddienst Brakel", ["Jeugddienst Brakel"]),
    ("Met vriendelijke groeten,\nStad Ronse", ["Stad Ronse"]),
    ("Tot dan!\nKSA Oostkamp", ["KSA Oostkamp"]),
    ("Liefs,\nIedereen van de Kookclub", ["Iedereen", "Kookclub"]),
    ("Cheers,\nTeam Speelstraat", ["Team Speelstraat"]),
    ("Groetjes,\nLeiding", ["Leiding"]),
    ("Tot straks!\nMama", ["Mama"]),
    ("Bedankt,\nHet kernteam", ["Het kernteam"]),
    ("Tot snel,\nScouts Lembeke", ["Scouts Lembeke"]),
    ("Vriendelijke groeten,\nGemeente Wichelen", ["Gemeente Wichelen"]),
    ("Groetjes,\nAlle animatoren", ["Alle animatoren"]),
    ("Cheers,\nDe Kampcommissie", ["De Kampcommissie"]),
    ("Liefs,\nOma en opa", ["Oma"]),
    ("Met sportieve groeten,\nVolleybalclub Lovendegem", ["Volleybalclub Lovendegem"]),
    ("Tot zaterdag,\nJeugdraad Zwalm", ["Jeugdraad Zwalm"]),
    ("Groetjes,\nJeugdhuis Plaswijck", ["Jeugdhuis Plaswijck"]),
    ("Bisous,\nLes animateurs", ["Les animateurs"]),
    ("Groeten,\nWelzijnsschakel Ninove", ["Welzijnsschakel Ninove"]),
    ("Kind regards,\nYouth Council", ["Youth Council"]),
    ("Groetjes,\nDe Jeugddienst", ["De Jeugddienst"]),
    ("Tot dan,\nOns team", ["Ons team"]),
]

DISPLAY: list[tuple[str, list[str]]] = [
    ("Egbertine Vandermoere  19:04\nIk zie het scherm niet meer, delen jullie opnieuw?", ["Egbertine", "Vandermoere"]),
    ("Abdelali  14:15\nmijn camera doet het niet", ["Abdelali"]),
    ("Yassir Elkaddouri  9:58\nGoeiemorgen allemaal", ["Yassir", "Elkaddouri"]),
    ("Pranavi  11:20\nKan iemand de link van de padlet sturen?", ["Pranavi"]),
    ("Ayham Qassab  16:45\nIk moet om vijf uur weg, sorry", ["Ayham", "Qassab"]),
    ("Nguyet  20:03\nik zit in de wachtkamer", ["Nguyet"]),
    ("Hilarius Ruibens  10:10\nWie neemt de notulen?", ["Hilarius", "Ruibens"]),
    ("Ysolde Kostadinova  13:37\nDe breakout rooms werken niet", ["Ysolde", "Kostadinova"]),
    ("Taim Haddadin  15:02\nIk ben terug, de wifi viel weg", ["Taim", "Haddadin"]),
    ("Perpétue Mutombo  10:47\nMerci pour la présentation !", ["Perpétue", "Mutombo"]),
    ("Gjergj  18:30\nZijn de slides te downloaden?", ["Gjergj"]),
    ("Wybren Hylkema  21:12\nGoed punt van de vorige spreker", ["Wybren", "Hylkema"]),
    ("Joukje Tjeerdsma  09:05\nIk start de opname", ["Joukje", "Tjeerdsma"]),
    ("Dilbirin  17:26\nkan ik mijn vraag in de chat zetten?", ["Dilbirin"]),
    ("Ciise Negash  12:40\nik deel mijn scherm", ["Ciise", "Negash"]),
    ("Shekib  14:58\nwaar vind ik het formulier?", ["Shekib"]),
    ("Fokje Kwakernaak  10:00 AM\nWelkom iedereen", ["Fokje", "Kwakernaak"]),
    ("Costache Stănculescu  8:55\nIk ben er", ["Costache", "Stănculescu"]),
    ("Struan Murdoch, 11:03\nThanks for sharing", ["Struan", "Murdoch"]),
    ("Bayan Hamoud  13:13\nik hoor een echo", ["Bayan", "Hamoud"]),
    ("Assia Benslimane  19:49\nMag ik iets vragen?\nTekeste Wolde  19:50\nJa hoor, ga je gang", ["Assia", "Benslimane", "Tekeste", "Wolde"]),
    ("Mimoza  10:21\nik ben er over twee minuten", ["Mimoza"]),
    ("Berxwedan Özbilgin  20:15\nIk volg mee via mijn gsm", ["Berxwedan", "Özbilgin"]),
]

DISPLAY_KEEP: list[tuple[str, list[str]]] = [
    ("Pauze  10:30\nKoffie en thee in de foyer", ["Pauze"]),
    ("Welkom  09:00\nDe schepen opent de dag", ["Welkom"]),
    ("Lunch  12:30\nBroodjes in zaal Bolwerk", ["Lunch", "Bolwerk"]),
    ("Workshop Samen Spelen  14:00\nIn de turnzaal", ["Workshop Samen Spelen"]),
    ("Jeugddienst Brakel  10:32\nDe link staat in de agenda", ["Jeugddienst Brakel"]),
    ("Chiro Ertvelde  19:04\nWe starten over vijf minuten", ["Chiro Ertvelde"]),
    ("Vertrek  8:15\nAan de kerk", ["Vertrek"]),
    ("Aankomst  17:45\nOuders halen de kinderen op", ["Aankomst"]),
    ("Slotmoment  16:30\nIedereen naar de grote zaal", ["Slotmoment"]),
    ("Gent-Dampoort  10:32\nDe trein vertrekt van spoor 3", ["Gent-Dampoort"]),
    ("Zaal Ravelijn  13:00\nDe tweede ronde begint", ["Zaal Ravelijn"]),
    ("Opening  9:30\nWoord van de voorzitter", ["Opening"]),
    ("Vragenronde  15:10\nStel je vraag in de chat", ["Vragenronde"]),
    ("Kampvuur  21:00\nMet marshmallows", ["Kampvuur"]),
    ("Ontbijt  7:45\nIn de refter", ["Ontbijt"]),
    ("Jeugdraad  20:00\nVergadering in het jeugdhuis", ["Jeugdraad"]),
    ("Teams  10:32\nDe vergadering is gestart", ["Teams"]),
    ("Zoom  19:00\nDe meeting is begonnen", ["Zoom"]),
    ("Bezoek Technopolis  13:30\nMet de bus", ["Bezoek Technopolis"]),
    ("Stad Eeklo  11:11\nDe subsidieaanvraag is goedgekeurd", ["Stad Eeklo"]),
    ("Speelplein De Knikker  14:00\nWaterspelletjes", ["Speelplein De Knikker"]),
    ("Evaluatie  16:00\nWat nemen we mee?", ["Evaluatie"]),
    ("Maandag  10:00\nKennismaking", ["Maandag"]),
]


def run_text(text: str) -> str:
    """The bare text, anonymised."""
    from perskamer.plugins.anonymise.replace import anonymise_text

    return anonymise_text(text)


def run_report(text: str) -> str:
    """The published quote and quotes section of a report whose only quote is ``text``."""
    from anoncases import quote_and_section

    return quote_and_section(text)


def count(word: str, text: str, ci: bool = False) -> int:
    return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", text, re.I if ci else 0))


def names_left(text: str, names: list[str], run=run_text) -> list[str]:
    out = run(text)
    return [n for n in names if count(n, out, True)]


def items_lost(text: str, items: list[str], run=run_text) -> list[str]:
    out = run(text)
    return [k for k in items if count(k, out) < count(k, text)]


def run_section_report(text: str) -> str:
    """The published quote(s), credit and sections of a report whose quotes section is ``text``."""
    from anonymise_s15_credit_cases import run

    return run(text, "Een avond over de jeugdraad.")


def print_scores(label: str, person: list, keep: list, run_report, price: list | None = None) -> None:
    """A batch's figures, text-only and through a report (``python tests/<batch>_cases.py``)."""
    for how, run in (("text", run_text), ("report", run_report)):
        left = [i for i, (t, ns) in enumerate(person) if names_left(t, ns, run)]
        lost = [i for i, (t, ks) in enumerate(keep) if items_lost(t, ks, run)]
        line = (f"{label} {how:6}: cases with a name left {len(left)}/{len(person)} {left}; "
                f"look-alike cases losing an item {len(lost)}/{len(keep)} {lost}")
        if price is not None:
            masked = [i for i, (t, ks) in enumerate(price) if items_lost(t, ks, run)]
            line += f"; price masked {len(masked)}/{len(price)}"
        print(line)


def _score() -> None:
    for label, person, keep in (("sign-off", SIGNOFF, SIGNOFF_KEEP), ("display name", DISPLAY, DISPLAY_KEEP)):
        for how, run in (("text", run_text), ("report", run_report)):
            left = [i for i, (t, ns) in enumerate(person) if names_left(t, ns, run)]
            lost = [i for i, (t, ks) in enumerate(keep) if items_lost(t, ks, run)]
            print(f"{label:12} {how:6}: cases with a name left {len(left)}/{len(person)} {left}; "
                  f"look-alike cases losing an item {len(lost)}/{len(keep)} {lost}")


if __name__ == "__main__":
    _score()

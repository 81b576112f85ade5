"""Session 15, the keep side of issue 11 by MECHANISM: an organisation inside a speaker's credit
("Jeugdwerker <Naam> van <Organisatie>: “...”", "“...” – <Naam> van <Organisatie>", "“...”
(<Organisatie>)"). A FROZEN batch (s15-keep).

Written by s15-keep on 6 December 2026 (13:25-13:40 UTC) BEFORE any rule of session 15 was
written. The mechanism: the reader gives the whole credit as the speaker, ``speaker_name``
reads all of it as the person's name, so the organisation's words become the person's name
parts, the credit is replaced by the speaker's label and the organisation is masked
everywhere in the report (informed sets H heldout_s10, P heldout_s11, R heldout_s12, O
unseen_s11, S14 unseen_s14: 7 items, session 15's tabulation). No name, organisation or
phrase of ``tests/``, ``bench/data/`` or ``/work/shared/``: every capitalised word of a name,
a place and an invented organisation below was checked by a word scan (none occurs there).

KEEP: (credit line, summary, items that must stay in the published report).
PERSON: (credit line, summary, name parts that must go, items that must stay) -- the same
credit shapes where what follows "van" is a person's surname ("<Voornaam> van <Achternaam>",
a Dutch particle in lower case), a village that may be a surname, or where the person's name
must go while the organisation stays.
"""

from __future__ import annotations

_Q = [
    "Een stagiair is geen gratis arbeidskracht.",
    "We hebben drie jaar gewacht op een nieuw lokaal.",
    "De ouders komen pas als er eten is.",
    "Wie één keer meedoet, komt terug.",
    "We vragen geen lidgeld meer, en toch is er geld genoeg.",
    "Het moeilijkste is een vrijwilliger die blijft.",
    "Onze tieners beslissen zelf wat er op de agenda staat.",
    "De gemeente gaf ons de sleutel, niet meer dan dat.",
    "Zonder busje geen kamp, zo simpel is het.",
    "We leren de kinderen fietsen op het speelplein.",
]

#: (type of organisation, its name) -- invented houses, clubs and services with real villages
_ORGS = [
    "Jeugddienst Opbrakel", "Sportdienst Zonnegem", "Tienerwerking Massemen", "Welzijnsdienst Schellebelle",
    "Jeugdwerking Mariakerke", "Buurtwerking Ketelgat", "Chiro Bellem", "Scouts Poeke", "KSA Lotenhulle",
    "KLJ Westrem", "Patro Vlierzele", "VJBO Zandbergen", "Jeugdhuis De Windvanger", "Speelpleinwerking Het Bijenkorfje",
    "Kinderboerderij De Vlierbes", "Wijkcentrum De Sterrenkijker", "Opvanghuis De Lijsterbes",
    "Jongerenhuis Het Spinnewiel", "Ontmoetingscentrum De Zwaluwstaart", "Jeugdhuis Sluimerlicht",
    "Jeugddienst Moerbeke-Atembeke", "Sportdienst Maarke-Kerkem", "Kampterreinen Vzw Klaproosveld",
    "Speelpleinwerking Kruiskenshof", "Buurtwerking Rabot-Noord", "Jeugdhuis Dennenappel", "Chiro Elene",
    "Scouts Heikruis", "Jeugddienst Letterhoutem", "Huiswerkklas De Kiezelsteen",
]
_FIRST = ["Rukiye", "Yael", "Oskari", "Tuana", "Dalia", "Ruud", "Ties", "Evie", "Sanna", "Hannie", "Stein", "Niek",
          "Jort", "Siem", "Femmetje", "Noortje", "Fardau", "Akke", "Ottelie", "Rianne", "Marlous", "Hester",
          "Anneroos", "Tirza", "Eefke", "Saskia", "Inaya", "Soufyan", "Thabo", "Lindiwe"]
_LAST = ["Özbek", "Stănescu", "Mizrahi", "Verbrugghe", "Sesay", "Moyaert", "Caluwaerts", "Alaoui", "Braeckman", "Neyt",
         "Ghijs", "Blondeel", "Messiaen", "Samyn", "Wullaert", "Coorevits", "Dejonghe", "Foulon", "Gheysen",
         "Inghelbrecht", "Jonckheere", "Kesteloot", "Ollevier", "Uyttenhove", "Waegeman", "Zwaenepoel", "Balogun",
         "Phiri", "Dlamini", "Chraibi"]
_ROLES = ["Jeugdwerker", "Vrijwilliger", "Coördinatrice", "Leidster", "Stafmedewerker", "Begeleider"]


def _keep() -> list[tuple[str, str, list[str]]]:
    out = []
    for k, org in enumerate(_ORGS):
        first, last, q = _FIRST[k], _LAST[k], _Q[k % len(_Q)]
        summary = f"Ook {org} was er, met een stand over vrijwilligers." if k % 2 else f"De sessie ging door bij {org}."
        if k % 3 == 0:
            line = f"{_ROLES[k % len(_ROLES)]} {first} {last} van {org}: “{q}”"
        elif k % 3 == 1:
            line = f"“{q}” – {first} {last} van {org}"
        else:
            line = f"{first} van {org}: “{q}”"
        out.append((line, summary, [org]))
    # the organisation alone as the credit, in brackets after the quote
    for k, org in enumerate(_ORGS[6:12] + _ORGS[24:30]):
        out.append((f"- “{_Q[(k + 3) % len(_Q)]}” ({org})", "Een namiddag over kampen en lidgeld.", [org]))
    # the organisation after the speaker's full name with a role after a comma
    for k, org in enumerate(_ORGS[12:30]):
        first, last = _FIRST[(k + 7) % len(_FIRST)], _LAST[(k + 11) % len(_LAST)]
        out.append((f"{first} {last} van {org}, vrijwilliger: “{_Q[(k + 5) % len(_Q)]}”",
                    f"{org} nodigde de jeugdraad uit.", [org]))
    return out


#: surnames with a lower-case Dutch particle (their last part a word or a place: "van Veen")
_PARTICLE_TAILS = ["Veen", "Rijn", "Laar", "Holt", "Eijk", "Ooijen", "Oord", "Rooij", "Lith", "Heek", "Wetering"]
#: villages (a person "van <dorp>" is a surname as often as an origin)
_VILLAGE_TAILS = ["Ottergem", "Bavegem", "Gontrode", "Moortsele", "Semmerzake", "Leupegem", "Etikhove", "Korsele",
                  "Rozebeke", "Edelare", "Welden", "Asper"]


def _person() -> list[tuple[str, str, list[str], list[str]]]:
    out = []
    for k, tail in enumerate(_PARTICLE_TAILS + _VILLAGE_TAILS):
        first, q = _FIRST[(k + 3) % len(_FIRST)], _Q[k % len(_Q)]
        if k % 3 == 0:
            line = f"{first} van {tail}: “{q}”"
        elif k % 3 == 1:
            line = f"“{q}” – {first} van {tail}"
        else:
            line = f"{_ROLES[k % len(_ROLES)]} {first} van {tail}: “{q}”"
        out.append((line, f"{first} van {tail} vertelde over het kamp.", [first, tail], []))
    # a person's full name with an organisation: the name goes everywhere, the organisation stays
    for k, org in enumerate(_ORGS):
        first, last = _FIRST[(k + 13) % len(_FIRST)], _LAST[(k + 17) % len(_LAST)]
        line = (f"“{_Q[(k + 2) % len(_Q)]}” – {first} {last} van {org}" if k % 2
                else f"{first} {last} van {org}: “{_Q[(k + 2) % len(_Q)]}”")
        out.append((line, f"{first} {last} vertelde hoe het begon.", [first, last], [org]))
    # a particle surname AND an organisation: the last "van" opens the organisation
    for k, tail in enumerate(_PARTICLE_TAILS[:8]):
        first, org = _FIRST[(k + 21) % len(_FIRST)], _ORGS[(k * 3) % len(_ORGS)]
        out.append((f"{first} van {tail} van {org}: “{_Q[(k + 4) % len(_Q)]}”",
                    f"Volgens {first} van {tail} was het een goed jaar.", [first, tail], []))
    # all in capitals
    for k, tail in enumerate(_PARTICLE_TAILS[8:] + _VILLAGE_TAILS[:4]):
        first = _FIRST[(k + 9) % len(_FIRST)]
        out.append((f"{first.upper()} VAN {tail.upper()}: “{_Q[(k + 6) % len(_Q)]}”", "Een avond over de jeugdraad.",
                    [first, tail], []))
    return out


KEEP = _keep()
PERSON = _person()


def run(line: str, summary: str) -> str:
    """The published credit, quote and sections of a report whose quotes section is ``line``
    (read by the markdown reader's quote splitter) and whose summary is ``summary``, after a
    default-scope anonymisation."""
    from perskamer.form.quotes import QuoteLine, split_quotes
    from perskamer.model import Report
    from perskamer.plugins.anonymise.anonymiser import anonymise_report

    quotes = split_quotes([QuoteLine(line, 1, True)], markdown=True)
    report = Report(source="r.md", slug="r", format="md", sections={"summary": summary, "quotes": line}, quotes=quotes)
    anonymise_report(report, {})
    parts = [f"{q.speaker or ''} | {q.attribution or ''} | {q.affiliation or ''} | {q.text}" for q in report.quotes]
    return "\n".join([*parts, *(v for v in report.sections.values() if isinstance(v, str))])


if __name__ == "__main__":
    import re

    def there(word: str, out: str, ci: bool = False) -> int:
        return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", out, re.I if ci else 0))

    kept = total = 0
    for k, (line, summary, items) in enumerate(KEEP):
        out = run(line, summary)
        for it in items:
            total += 1
            ok = there(it, out) >= there(it, line + "\n" + summary)
            kept += ok
            if not ok:
                print("  LOST", k, out.split("\n")[0][:150])
    print(f"keep items kept {kept}/{total}")
    gone = names = 0
    for k, (line, summary, ns, items) in enumerate(PERSON):
        out = run(line, summary)
        for n in ns:
            names += 1
            g = not there(n, out, True)
            gone += g
            if not g:
                print("  LEFT", k, out.split("\n")[0][:150])
        for it in items:
            if there(it, out) < there(it, line + "\n" + summary):
                print("  PERSON-CASE ITEM LOST", k, it)
    print(f"names removed {gone}/{names}")

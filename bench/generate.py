"""Generate a workspace of N realistic session reports for benchmarks.

Reports are assembled from the paragraphs, quotes and titles of the sample reports
shipped in content/ (and tests/fixtures when present), shuffled deterministically,
with varying length, sections, quote shapes and formats (.md with front matter and
.txt as extracted from the PDF form), so the benchmark exercises the real readers.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

QUESTIONS = {
    "summary": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "ambitions": "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de ambities bijvoorbeeld vandaag al waar?",
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
}
SHORT = {"summary": "Wat is er gebeurd?", "ambitions": "De ambities", "quotes": "Quotes", "surprise": "Wat me verraste", "questions": "Vragen uit de zaal"}
FIRST = ["Joy", "Liesbet", "Yasmina", "Pieter", "Ingrid", "Sofie", "Mehmet", "Elif", "Wout", "Nore", "Kobe", "Fien", "Ilias", "Amira", "Lowie"]
LAST = ["Peeters", "Janssens", "Maes", "Van den Broeck", "De Smet", "El Khatib", "Kaya", "Vermeulen", "D'Hondt", "Claes"]
ORGS = ["JES", "Chirojeugd Vlaanderen", "KSA", "Formaat", "CAW", "VDAB", "Mediawijs", "Awel", "Uit De Marge"]


def _corpus_paragraphs() -> list[str]:
    paragraphs: list[str] = []
    sources = sorted((ROOT / "content").glob("*.md")) + sorted((ROOT / "tests" / "fixtures").rglob("*.md"))
    for path in sources:
        text = path.read_text(encoding="utf-8")
        text = re.sub(r"^---\n.*?\n---\n", "", text, flags=re.S)
        for block in re.split(r"\n\s*\n", text):
            block = block.strip()
            if len(block) > 120 and not block.startswith(("#", ">", "!", "-", "*")):
                paragraphs.append(" ".join(block.split()))
    if not paragraphs:
        paragraphs = ["Een sessie over jeugdwerk, vrijwilligers en de stem van jongeren in de gemeente. " * 3]
    return paragraphs


TOPICS = ["vrijwilligers vinden en houden", "jeugdlokalen delen", "de stem van kinderen", "mentaal welzijn op kamp", "digitaal jeugdwerk", "samenwerken met school en CAW", "drempels verlagen", "jongeren aan de beleidstafel"]
QUOTES = [
    "Niemand wordt leiding omdat hij zich wil engageren",
    "Een jongere heeft niet één probleem, hij heeft een leven",
    "Als jullie ons iets vragen, zeg dan ook wat jullie ermee gedaan hebben",
    "Kinderen hebben geen lobby, dus moeten wij opkomen voor hun ruimte",
    "Gamen is geen probleem, alleen gamen is soms een probleem",
    "Je hoeft geen hulpverlener te zijn om iemand te helpen",
    "Ons lokaal is te klein en het dak lekt al drie winters",
    "Met {name} hebben we het hele startweekend uitgedacht",
    "{name} belde me om twee uur 's nachts omdat hij nergens heen kon",
]


def make_report(i: int, rng: random.Random, paragraphs: list[str]) -> tuple[str, str]:
    speaker = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    org = rng.choice(ORGS)
    title = f"Sessie {i}: {rng.choice(TOPICS)}"
    sections = {}
    for sid in QUESTIONS:
        if sid != "summary" and rng.random() < 0.12:
            continue
        if sid == "quotes":
            quotes = []
            for _ in range(rng.randint(1, 4)):
                sentence = rng.choice(QUOTES).format(name=rng.choice(FIRST))
                shape = rng.randint(0, 3)
                if shape == 0:
                    quotes.append(f"“{sentence}.” – {speaker} ({org})")
                elif shape == 1:
                    quotes.append(f"„{sentence}.” – {speaker.split()[0]}")
                elif shape == 2:
                    quotes.append(f"'{sentence}.' volgens {speaker.split()[0]}")
                else:
                    quotes.append(f"« {sentence}. »")
            sections[sid] = quotes
        else:
            sections[sid] = rng.sample(paragraphs, k=min(len(paragraphs), rng.randint(1, 6)))
    if rng.random() < 0.5:
        lines = ["---", f'title: "{title}"', "date: 2023-06-06", f"session: Ronde {rng.randint(1, 3)}", f'reporter: "{rng.choice(FIRST)} {rng.choice(LAST)}"', "speakers:", f'  - "{speaker} ({org})"', "---", ""]
        for sid, body in sections.items():
            lines.append(f"## {rng.choice([QUESTIONS[sid], SHORT[sid]])}\n")
            for item in body:
                lines.append(("> " + item if sid == "quotes" else item) + "\n")
        return f"report-{i:05d}.md", "\n".join(lines)
    lines = ["", "Verslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 3 ", "", "NOTA ", "", "Verslag sessie congres #Jeugdwerkwerkt  ", "Datum: 6 juni 2023 ", "", title + " ", ""]
    for sid, body in sections.items():
        lines += [QUESTIONS[sid] + " ", "", " ", ""]
        for item in body:
            words = item.split()
            for start in range(0, len(words), 14):
                lines += [" ".join(words[start : start + 14]) + " ", ""]
            lines += [" ", ""]
    return f"report-{i:05d}.txt", "\n".join(lines)


def generate(target: Path, n: int, seed: int = 2023) -> Path:
    """Create (or refresh) a workspace with ``n`` reports in ``target``; return it."""
    rng = random.Random(seed)
    paragraphs = _corpus_paragraphs()
    content = target / "content"
    content.mkdir(parents=True, exist_ok=True)
    (target / "config").mkdir(exist_ok=True)
    (target / "config" / "perskamer.yaml").write_text("site:\n  title: Bench\noutputs: [html, json]\n", encoding="utf-8")
    for i in range(n):
        name, text = make_report(i, rng, paragraphs)
        (content / name).write_text(text, encoding="utf-8")
    return target


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("target", type=Path)
    parser.add_argument("-n", type=int, default=500)
    args = parser.parse_args()
    print(generate(args.target, args.n))

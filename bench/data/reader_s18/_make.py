"""Writes the frozen set reader_s18 (s18-reader, session 18): chat pastes and note-style quotes
sections as a reporter puts them in the form (.md) or as the PDF form's text extraction (.txt).
Every name invented for this set; screened against tests/fixtures, bench/data and /work/shared
(zero whole-word hits) before writing. Run once; the outputs are the frozen set."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TXT_HEAD = """ \n\nVerslag sessie congres #Jeugdwerkwerkt    •   6 juni 2023   •   pagina 1 > 2 \n\nNOTA \n\nVerslag sessie congres #Jeugdwerkwerkt  \nDatum: 6 juni 2023 \n\n{title} \n\n"""
Q = {
    "what": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "amb": "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de ambities bijvoorbeeld vandaag al waar?",
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
    "photo": "Sfeerbeeld van de sessie – foto (of schets)",
}


def wrap(text, width=100):
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    out.append(line)
    return " \n\n".join(out) + " \n"


def write(r):
    stem = HERE / r["file"]
    if r["file"].endswith(".md"):
        parts = [f'---\ntitle: "{r["title"]}"\ndate: 2023-06-06\nsession: "{r["session"]}"\nreporter: "Verslaggever {r["id"]}"\n---\n']
        for key in ("what", "amb", "quotes", "surprise", "questions", "photo"):
            body = r["quotes"].strip("\n") if key == "quotes" else r[key]
            parts.append(f"## {Q[key]}\n\n{body}\n")
        text = "\n".join(parts)
    else:
        text = TXT_HEAD.format(title=r["title"])
        for key in ("what", "amb", "quotes", "surprise", "questions", "photo"):
            text += f"{Q[key]} \n\n \n\n"
            if key == "quotes":
                text += "\n".join(line + " " for line in r["quotes"].strip("\n").split("\n")) + "\n\n \n\n"
            else:
                text += wrap(r[key]) + "\n \n\n"
    stem.write_text(text, encoding="utf-8")
    gold = {k: r[k] for k in ("title", "quote_names", "keep", "contacts", "main", "tags", "classes")}
    gold["narrative_names"] = []
    stem.with_name(stem.name.rsplit(".", 1)[0] + ".gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


from reports import REPORTS  # noqa: E402

for r in REPORTS:
    write(r)
print(len(REPORTS), "reports")

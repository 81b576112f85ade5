"""One shared writer for gold sets of session reports (``bench/data/<set>/``).

A set's ``_make.py`` lists its reports as dicts and calls :func:`write_set`; this module
turns each into the report file in the form's shape and its ``.gold.json`` in the format of
``bench/data/heldout_s17`` (read by ``bench/eval_unseen_s3.py``), and writes ``SHA256SUMS``.

A report dict::

    dict(file="x01_slug.md" | "x01_slug.txt", title=..., session=..., id="X1",
         main=<ambition id>, tags=[...],
         sections={"what": ..., "amb": ..., "quotes": ..., "surprise": ..., "questions": ...,
                   "photo": ...},        # any subset, in the form's order; text kept verbatim
         front={"speakers": [...]},      # optional extra front matter (.md only), YAML-dumped
         quote_names=[...], narrative_names=[...], keep=[...], contacts=[...],
         classes={item: "class of the item, never used by a rule"})

``.md`` reports get YAML front matter and ``## <question>`` headings; the answer's text is
written as given (sub-headings, export lines, blank lines and all). ``.txt`` reports imitate
text extracted from the PDF form: page furniture, the question as a line of its own, every
answer line wrapped at ``width`` characters and each printed line followed by the blank line
the extraction puts after every line.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

QUESTIONS = {
    "what": "Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen",
    "amb": "Op welke manier kwamen de ambities aan bod? Hoe maakt de organisatie die aan het woord kwam één van de ambities bijvoorbeeld vandaag al waar?",
    "quotes": "Interessante quote(s) uit de sessie",
    "surprise": "Wat heeft jou verrast? Wat onthoud je?",
    "questions": "Waar kwamen veel vragen/reacties over?",
    "photo": "Sfeerbeeld van de sessie – foto (of schets)",
}
ORDER = ("what", "amb", "quotes", "surprise", "questions", "photo")
TXT_HEAD = (" \n\nVerslag sessie congres #Jeugdwerkwerkt    •   {date_long}   •   pagina 1 > 2 \n\n"
            "NOTA \n\nVerslag sessie congres #Jeugdwerkwerkt  \nDatum: {date_long} \n\n{title} \n\n")
GOLD_KEYS = ("title", "quote_names", "narrative_names", "keep", "contacts", "main", "tags", "classes")


def _wrap(line: str, width: int) -> list[str]:
    out, cur = [], ""
    for word in line.split():
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    out.append(cur)
    return out


def _yaml_scalar(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def render_md(r: dict) -> str:
    head = ["---", f"title: {_yaml_scalar(r['title'])}", f"date: {r.get('date', '2023-06-06')}",
            f"session: {_yaml_scalar(r['session'])}", f"reporter: {_yaml_scalar('Verslaggever ' + r['id'])}"]
    for key, value in (r.get("front") or {}).items():
        if isinstance(value, list):
            head.append(f"{key}:")
            head.extend(f"  - {_yaml_scalar(v)}" for v in value)
        else:
            head.append(f"{key}: {_yaml_scalar(value)}")
    head.append("---\n")
    parts = ["\n".join(head)]
    for key in ORDER:
        if key in r["sections"]:
            parts.append(f"## {QUESTIONS[key]}\n\n{r['sections'][key].strip(chr(10))}\n")
    return "\n".join(parts)


def render_txt(r: dict, width: int = 100) -> str:
    text = TXT_HEAD.format(title=r["title"], date_long=r.get("date_long", "6 juni 2023"))
    for key in ORDER:
        if key not in r["sections"]:
            continue
        text += f"{QUESTIONS[key]} \n\n \n\n"
        for line in r["sections"][key].strip("\n").split("\n"):
            if not line.strip():
                text += " \n\n"
                continue
            for piece in _wrap(line, width):
                text += piece + " \n\n"
        text += " \n\n"
    return text


def gold_of(r: dict) -> dict:
    gold = {k: r.get(k, [] if k != "classes" else {}) for k in GOLD_KEYS}
    missing = [x for x in (*gold["quote_names"], *gold["narrative_names"], *gold["keep"], *gold["contacts"])
               if x not in gold["classes"]]
    if missing:
        raise ValueError(f"{r['file']}: no class for {missing}")
    return gold


def check_present(r: dict, text: str) -> None:
    """Every gold item must occur in the report (case-insensitive) -- a typo in the gold
    would otherwise count as a success."""
    low = text.lower()
    absent = [x for x in (*r.get("quote_names", []), *r.get("narrative_names", []), *r.get("keep", []),
                          *r.get("contacts", [])) if x.lower() not in low]
    if absent:
        raise ValueError(f"{r['file']}: gold items not in the text: {absent}")


def write_set(folder: Path, reports: list[dict]) -> list[Path]:
    folder = Path(folder)
    written = []
    for r in reports:
        path = folder / r["file"]
        text = render_md(r) if path.suffix == ".md" else render_txt(r)
        check_present(r, text)
        path.write_text(text, encoding="utf-8")
        gold_path = path.with_name(path.name.rsplit(".", 1)[0] + ".gold.json")
        gold_path.write_text(json.dumps(gold_of(r), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written += [path, gold_path]
    sums = "".join(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {p.name}\n" for p in sorted(written))
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")
    return written


def write_keep_set(folder: Path, reports: list[dict], questions: dict[str, str]) -> None:
    """The keep sets' writer (``bench/unseen_keep_s19``, ``_s20``): ``.md`` reports only.

    Each report dict holds ``file``, ``title``, ``session``, ``main``, the four answers ``what``,
    ``amb``, ``quotes``, ``surprise`` (headed by ``questions[key]``), ``quote_names`` and the
    classes ``keep`` / ``names`` (item -> class). Every keep item must stand in the quotes answer
    and every quote name (or its lower case) too, or the set is not written.
    """
    for r in reports:
        for k in r["keep"]:
            assert k in r["quotes"], k
        for n in r["quote_names"]:
            assert n in r["quotes"] or n.lower() in r["quotes"], n
    for r in reports:
        stem = folder / r["file"]
        parts = [f'---\ntitle: "{r["title"]}"\ndate: 2024-05-16\nsession: "{r["session"]}"\n'
                 f'reporter: "Verslaggever K"\nambitions: [{r["main"]}]\n---\n']
        for key in ("what", "amb", "quotes", "surprise"):
            body = r["quotes"].strip("\n") if key == "quotes" else r[key]
            parts.append(f"## {questions[key]}\n\n{body}\n")
        stem.write_text("\n".join(parts), encoding="utf-8")
        gold = {"title": r["title"], "quote_names": r["quote_names"], "narrative_names": [],
                "keep": list(r["keep"]), "contacts": [], "main": r["main"], "tags": [r["main"]],
                "classes": {**r["keep"], **r["names"]}}
        stem.with_name(stem.name.rsplit(".", 1)[0] + ".gold.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(sum(len(r["keep"]) for r in reports), "keep;", sum(len(r["quote_names"]) for r in reports), "names")

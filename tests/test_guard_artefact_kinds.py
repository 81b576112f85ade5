"""The leak guard over the artefacts a build really makes: a report's page and its JSON.

The guard's fast paths (literal-first word patterns, the word-set filter only after a few
questions, each decoding step only when the artefact holds what it changes) are compared
with the plain code in test_anonymise_fast_paths.py on generated text. Here the same guard
reads the real page and the real JSON of corpus reports: as built they pass, and with a
withheld speaker's name or an original quote put into them (a template or plugin that
publishes what it should not) each kind is still stopped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from perskamer.model import Artifact
from perskamer.plugins.anonymise.anonymiser import Options
from perskamer.plugins.anonymise.guard import inspect_text
from perskamer.testing import Workspace

CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    reports = {p.name: p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))[:12]}
    workspace = Workspace(tmp_path_factory.mktemp("ws"), reports=reports, config={"html": {"search": False}})
    run = workspace.build(outputs=["html", "json"])
    return run


def _kinds(run, report):
    return {"html": f"verslagen/{report.slug}.html", "json": f"data/{report.slug}.json"}


def _problems(run, report, path: str, data: bytes) -> list[str]:
    artifact = Artifact(path, data, output=path.rsplit(".", 1)[-1], report=report.slug)
    return [p.message for p in inspect_text(artifact, data.decode("utf-8"), run.reports, Options())]


def _leak(kind: str, data: bytes, words: str) -> bytes:
    """``words`` put into the artefact as a template or plugin would publish them."""
    text = data.decode("utf-8")
    if kind == "html":
        at = text.index("</p>")
        return (text[:at] + f" Met dank aan {words}." + text[at:]).encode("utf-8")
    record = json.loads(text)
    record["sections"]["summary"] = (record["sections"].get("summary") or "") + f"\n\nMet dank aan {words}."
    return json.dumps(record, ensure_ascii=kind.endswith("ascii")).encode("utf-8")


def test_the_built_pages_and_json_pass_and_a_withheld_name_or_original_quote_is_stopped(built):
    run = built
    checked = {"withheld": 0, "original": 0}
    for report in run.reports:
        rec = report.private.get("anonymisation") or {}
        paths = [p for p in _kinds(run, report).values() if p in run.paths]
        if len(paths) < 2:
            continue  # withheld by the build itself
        surnames = [w for w in rec.get("withheld", []) if re.fullmatch(r"[A-Z][a-z]{3,}", w)]
        originals = [q["original"] for q in rec.get("quotes", []) if q.get("had_name") and q.get("original")]
        for path in paths:
            kind = path.rsplit(".", 1)[-1]
            data = run.bytes(path)
            assert _problems(run, report, path, data) == [], path
            for leak_kind in (kind, kind + "-ascii") if kind == "json" else (kind,):
                for name in surnames[:1]:
                    found = _problems(run, report, path, _leak(leak_kind, data, name))
                    assert any("[rule: withheld speaker, bare name]" in m for m in found), (path, leak_kind)
                    assert not any(name in m for m in found)
                    checked["withheld"] += 1
                for original in originals[:1]:
                    found = _problems(run, report, path, _leak(leak_kind, data, original))
                    assert any("[rule: original quote]" in m for m in found), (path, leak_kind)
                    checked["original"] += 1
    assert checked["withheld"] >= 4 and checked["original"] >= 4, checked

"""The readers and the tagger give exactly the recorded output on every report file we have.

Speed work on the plain-text form reader (core/form, plugins/read_*) and the tagger
(plugins/tagger) must not change one byte of what they produce. ``bench/read_tag_golden.py``
reads every report file of the repository (fixtures, content/, bench/data, bench/unseen*)
and 300 generated reports, recording the full Report (fields, sections and their lines,
quotes, problems with line numbers) and the tagger's full result (every hit, score part,
decision, the tags, the suggestion, the --explain text) with default and non-default
tagging options; ``tests/fixtures/read_tag_golden.json`` holds the hashes, per file.

When a change is *meant* to change the output: check the differences with
``bench/read_tag_golden.py --against <checkout of the old code with its .venv>``, then
record with ``.venv/bin/python bench/read_tag_golden.py --record``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _golden():
    spec = importlib.util.spec_from_file_location("_read_tag_golden", ROOT / "bench" / "read_tag_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reader_and_tagger_output_is_the_recorded_one() -> None:
    golden = _golden()
    recorded = json.loads(golden.GOLDEN.read_text(encoding="utf-8"))
    now = golden.compute()
    assert len(recorded) > 450  # every report file and the generated reports
    suffixes = {case.rsplit("/", 1)[0].rsplit(".", 1)[-1] for case in now}
    assert {"md", "txt", "docx", "odt", "pdf"} <= suffixes
    differ = golden.differences(recorded, golden.digest(now))
    assert not differ, (
        f"{len(differ)} file(s) read or tagged differently: {differ[:15]}. If the change is intended, see the "
        "diff with 'bench/read_tag_golden.py --against <old checkout>' and record with "
        "'bench/read_tag_golden.py --record'."
    )


def test_a_changed_result_is_seen() -> None:
    """The comparison is not blind: one changed byte of a tag result changes its file's hash."""
    golden = _golden()
    results = {"content/a.txt/read": '{"title": "x"}', "content/a.txt/tag": '{"tags": ["a1"]}'}
    changed = dict(results, **{"content/a.txt/tag": '{"tags": ["a2"]}'})
    assert golden.differences(golden.digest(results), golden.digest(changed)) == ["content/a.txt"]

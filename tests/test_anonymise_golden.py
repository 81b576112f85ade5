"""The anonymiser and the leak guard give exactly the recorded output on every text we have.

Speed work on the anonymiser must not change one byte of what it does (a speed-up that
lets one more name through is a privacy bug). ``bench/anon_golden.py`` runs the
transform (default options, and ``scope: all`` with numbered speakers, a deny and an
allow entry), every quote and paragraph on its own, and the guard over the original
texts, on the corpus fixtures, the unseen sets, the sample content, the hard cases and
300 generated reports; ``tests/fixtures/anon_golden.json`` holds the hashes of the
results, per source file.

When a change of the rules is *meant* to change the output: check the differences with
``bench/anon_golden.py --against <copy of the old plugins/anonymise>``, then record with
``.venv/bin/python bench/anon_golden.py --record``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _golden():
    spec = importlib.util.spec_from_file_location("_anon_golden", ROOT / "bench" / "anon_golden.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_anonymiser_output_is_the_recorded_one() -> None:
    golden = _golden()
    recorded = json.loads(golden.GOLDEN.read_text(encoding="utf-8"))
    now = golden.digest(golden.compute("perskamer.plugins.anonymise"))
    assert len(recorded) > 300  # every source file, the hard cases, the unseen quotes
    differ = golden.differences(recorded, now)
    assert not differ, (
        f"{len(differ)} group(s) of cases changed: {differ[:15]}. If the change is intended, see the diff with "
        "'bench/anon_golden.py --against <old copy of plugins/anonymise>' and record with "
        "'bench/anon_golden.py --record'."
    )


def test_a_changed_result_is_seen() -> None:
    """The comparison is not blind: one changed byte in one case changes its group's hash."""
    golden = _golden()
    results = {"hard/3/report": '{"out": "[persoon 1] zei"}', "content/a.md/report": "x"}
    changed = dict(results, **{"hard/3/report": '{"out": "Jan zei"}'})
    assert golden.differences(golden.digest(results), golden.digest(changed)) == ["hard/0"]

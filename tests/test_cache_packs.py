"""Cache entries a worker process writes a batch at a time, into one pack file.

A cold build's workers wrote one entry file per report (1000 files in 256 folders for
1000 reports); creating a file costs 20-230 us of kernel time on a busy machine. A
worker now writes the entries of a batch into one pack (``BuildCache.write_pack``) and
the main process records where each one is in the pack index, written with the stat
index. What these tests hold: an entry in a pack reads back as stored in a new process;
a missing, cut or unindexed pack is a miss (the report is processed again), never a
wrong or broken outcome; a newer entry for the same key wins over the packed one; and
pruning removes packs nobody uses any more, whole, with their index records.
"""

from __future__ import annotations

import os
import pickle
import time

from perskamer.build import ReportOutcome
from perskamer.cache import ORPHAN_PACK_SECONDS, BuildCache
from perskamer.model import Report


def outcome(slug: str, title: str = "Sessie") -> ReportOutcome:
    report = Report(source=f"{slug}.md", slug=slug, format="markdown", title=title)
    report.sections["summary"] = f"Tekst over {slug}."
    return ReportOutcome(report.source, "built", report=report, problems=report.problems)


def packed(cache: BuildCache, slugs: list[str]) -> dict[str, tuple[str, int, int]]:
    """As a worker and then the main process do it: one pack for the batch, adopted, flushed."""
    data = {slug: pickle.dumps(outcome(slug), protocol=pickle.HIGHEST_PROTOCOL) for slug in slugs}
    places = cache.write_pack([(f"key-{slug}", blob) for slug, blob in data.items()])
    for slug, blob in data.items():
        cache.adopt(f"key-{slug}", pickle.loads(blob), blob, True, places[f"key-{slug}"])
    cache.flush()
    return places


def test_entries_in_a_pack_read_back_in_a_new_process(tmp_path):
    root = tmp_path / "cache"
    places = packed(BuildCache(root), ["a", "b", "c"])
    assert len({name for name, _offset, _length in places.values()}) == 1  # one file for the batch
    assert len(list((root / "v2" / "packs").iterdir())) == 1 and not (root / "v2" / "reports").exists()
    cache = BuildCache(root)  # a new process
    assert not cache.is_empty() and cache.contains("key-b") and not cache.contains("key-d")
    for slug in ["c", "a", "b"]:
        got = cache.get(f"key-{slug}")
        assert got.report.slug == slug and got.report.sections["summary"] == f"Tekst over {slug}."
    assert cache.get("key-d") is None and cache.stats.hits == 3


def test_a_pack_the_index_does_not_name_is_not_read(tmp_path):
    """A build stopped after the workers wrote packs but before the main process's flush."""
    root = tmp_path / "cache"
    cache = BuildCache(root)
    cache.write_pack([("key-a", pickle.dumps(outcome("a")))])
    fresh = BuildCache(root)
    assert fresh.is_empty() and fresh.get("key-a") is None


def test_a_missing_or_cut_pack_is_a_miss(tmp_path):
    root = tmp_path / "cache"
    places = packed(BuildCache(root), ["a", "b"])
    pack = root / "v2" / "packs" / places["key-a"][0]
    pack.write_bytes(pack.read_bytes()[: places["key-b"][1] + 5])  # b cut short
    cache = BuildCache(root)
    assert cache.get("key-a").report.slug == "a"
    assert cache.get("key-b") is None
    pack.unlink()
    cache = BuildCache(root)
    assert cache.get("key-a") is None and cache.get("key-b") is None


def test_a_newer_entry_for_the_same_key_wins_over_the_packed_one(tmp_path):
    """Watch stores a report again (its recorded inputs changed) under the same key: its own file."""
    root = tmp_path / "cache"
    cache = BuildCache(root)
    packed(cache, ["a"])
    cache.put("key-a", outcome("a", title="Nieuw"))
    cache.flush()
    assert BuildCache(root).get("key-a").report.title == "Nieuw"
    # and the other way round: a worker's newer pack wins over an older file
    blob = pickle.dumps(outcome("a", title="Nieuwer"))
    places = cache.write_pack([("key-a", blob)])
    cache.adopt("key-a", pickle.loads(blob), blob, True, places["key-a"])
    cache.flush()
    assert BuildCache(root).get("key-a").report.title == "Nieuwer"


def test_a_corrupt_packed_entry_is_dropped_from_the_index(tmp_path):
    root = tmp_path / "cache"
    places = packed(BuildCache(root), ["a", "b"])
    pack = root / "v2" / "packs" / places["key-a"][0]
    blob = bytearray(pack.read_bytes())
    name, offset, length = places["key-a"]
    blob[offset:offset + length] = b"\0" * length
    pack.write_bytes(bytes(blob))
    cache = BuildCache(root)
    assert cache.get("key-a") is None and cache.stats.corrupt == 1
    assert not cache.contains("key-a") and cache.get("key-b").report.slug == "b"


def test_prune_removes_unused_old_packs_whole_and_orphans_after_an_hour(tmp_path):
    root = tmp_path / "cache"
    cache = BuildCache(root)
    old_unused = packed(cache, ["a", "b"])["key-a"][0]
    old_used = packed(cache, ["c", "d"])["key-c"][0]
    new_unused = packed(cache, ["e"])["key-e"][0]
    cache.write_pack([("key-x", pickle.dumps(outcome("x")))])
    cache.write_pack([("key-y", pickle.dumps(outcome("y")))])
    packs = root / "v2" / "packs"
    orphan_old, orphan_new = sorted(set(os.listdir(packs)) - {old_unused, old_used, new_unused})
    week = 8 * 24 * 3600
    for name, age in [(old_unused, week), (old_used, week), (orphan_old, ORPHAN_PACK_SECONDS + 60), (orphan_new, 60)]:
        then = time.time() - age
        os.utime(packs / name, (then, then))
    cache = BuildCache(root)  # the next build uses c only
    cache.begin()
    assert cache.get("key-c") is not None
    assert cache.prune() == 2  # a and b
    assert sorted(os.listdir(packs)) == sorted([old_used, new_unused, orphan_new])
    later = BuildCache(root)
    assert later.get("key-a") is None and later.get("key-d").report.slug == "d" and later.get("key-e") is not None
    assert set(later._pack_index()) == {"key-c", "key-d", "key-e"}

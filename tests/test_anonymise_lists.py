"""The hand-kept anonymiser lists were never tuned on the test texts.

A hand-kept list (``*_extra.txt``, ``keep.txt``) must not hold a name or organisation
that occurs in the test fixtures, the shared corpus (``../shared/corpus`` beside the
clone, as in CI; skipped when absent) or the frozen unseen sets: figures measured on
those texts would be in-sample. (A name the generated external lists hold -- Faker's
name and place providers, see ``tools/build_lexicons.py`` -- is known through them; a
hand-kept copy of it only hides where the knowledge came from.)
"""

from __future__ import annotations

import re
import zipfile
from functools import lru_cache
from pathlib import Path

import pytest

from perskamer.plugins.anonymise.lexicon import fold, read_list

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
UNSEEN = ROOT / "bench" / "data" / "anon_unseen"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
#: places_extra.txt (regions, rivers, provinces of Flanders: general geography that no
#: generated list holds) is left out on purpose; keep figures on texts naming those
#: places are in-sample, as docs/anonymisation.md says.
HAND_LISTS = ("first_names_extra.txt", "surnames_extra.txt", "keep.txt", "languages_extra.txt")


def _text_of(path: Path) -> str:
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as z:
            return re.sub(r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8", "replace"))
    if path.suffix == ".pdf":
        try:
            import pypdfium2 as pdfium
        except ImportError:  # the PDF fixtures have .txt/.md twins in the corpus
            return ""
        pdf = pdfium.PdfDocument(str(path))
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    if path.suffix in (".txt", ".md", ".json", ".yaml", ".yml"):
        return path.read_text(encoding="utf-8", errors="replace")
    return ""


@lru_cache(maxsize=4)
def _words(folder: Path) -> frozenset[str]:
    """Every word and every run of up to four words of the folder's texts, folded."""
    out: set[str] = set()
    for path in folder.rglob("*"):
        if not path.is_file() or path.name.endswith("_golden.json"):
            continue  # (the golden fixtures hold hashes keyed by file paths, no test text)
        words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:['’&\-][^\W\d_]+)*|&", _text_of(path))]
        for n in range(1, 5):
            out.update(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return frozenset(out)


def _offending(folder: Path) -> dict[str, list[str]]:
    seen = _words(folder)
    bad: dict[str, list[str]] = {}
    for name in HAND_LISTS:
        for entry in read_list(name):
            f = " ".join(fold(w) for w in entry.split())
            if f in seen:
                bad.setdefault(name, []).append(entry)
    return bad


LEAD_UNSEEN = ROOT / "bench" / "data" / "lead_unseen"


@pytest.mark.parametrize("folder", [FIXTURES, UNSEEN, LEAD_UNSEEN], ids=["tests/fixtures", "unseen set", "lead unseen set"])
def test_hand_lists_hold_nothing_from_the_test_texts(folder: Path) -> None:
    assert _offending(folder) == {}


def test_hand_lists_hold_nothing_from_the_shared_corpus() -> None:
    if not SHARED_CORPUS.is_dir():
        pytest.skip(f"no shared corpus at {SHARED_CORPUS} (CI puts it beside the clone as ../shared)")
    assert _offending(SHARED_CORPUS) == {}

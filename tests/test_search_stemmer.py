"""The browser stems as the index does: ``templates/stemmer-nl.js`` against ``snowballstemmer``.

The site search stems the reports' words in Python and the typed words in the browser
(``search_text``); a word stemmed differently on the two sides is a word search cannot
find. The JavaScript is generated from the Python (``tools/port_snowball.py``); this
runs it in Node (V8, as in Chromium) on every word of the test corpus, on Dutch plural and
diminutive forms and on random strings of the letters the algorithms treat specially,
and compares each stem with the Python one. Without Node the test is skipped with the
install command (in CI, which installs it with npm, it fails instead).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from perskamer.plugins.output_html import search_text

ROOT = Path(__file__).resolve().parents[1]
STEMMER_JS = ROOT / "plugins" / "output_html" / "templates" / "stemmer-nl.js"
NODE = shutil.which("node") or shutil.which("nodejs")

#: Plural, diminutive and other inflected forms (written for this test).
FORMS = """
kind kinderen kindje kindjes huis huizen huisje huisjes verslag verslagen jongere jongeren
vrijwilliger vrijwilligers vrijwilligerswerk meisje meisjes ambitie ambities speelplein
speelpleinen lokaal lokalen jeugdhuis jeugdhuizen werking werkingen begeleider begeleiders
gemeente gemeenten gemeentes vergadering vergaderingen stad steden weg wegen dag dagen
boekje boekjes autootje autootjes bolletje bolletjes café cafés idee ideeën knie knieën
geïnteresseerd geïnteresseerde ruïne ruïnes zee zeeën radio's foto's baby's euro 2023
""".split()


def node_stems(words: list[str]) -> dict[str, list[str]]:
    script = (
        f"require({json.dumps(str(STEMMER_JS))});"
        "const w = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = {};"
        f"for (const a of {json.dumps(list(search_text.STEMMERS))}) out[a] = w.map(x => perskamerStem(a, x));"
        "process.stdout.write(JSON.stringify(out));"
    )
    done = subprocess.run([NODE, "-e", script], input=json.dumps(words), capture_output=True, text=True, timeout=120, check=True)
    return json.loads(done.stdout)


def python_stems(words: list[str]) -> dict[str, list[str]]:
    stemmers = search_text._stemmers()
    return {name: [s.stemWord(w) for w in words] for name, s in zip(search_text.STEMMERS, stemmers, strict=True)}


def corpus_words() -> list[str]:
    found: set[str] = set()
    for path in (ROOT / "tests" / "fixtures").rglob("*"):
        if path.is_file() and path.suffix in (".md", ".txt", ".yaml", ".json"):
            found.update(search_text.words(path.read_text(encoding="utf-8", errors="replace")))
    return sorted(found)


@pytest.fixture(scope="module")
def node() -> str:
    if NODE is None:
        message = "Node.js is not installed: run 'apt-get install -y nodejs' (CI installs it with npm in .ci/run)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return NODE


def differences(words: list[str]) -> list[tuple[str, str, str, str]]:
    js, py = node_stems(words), python_stems(words)
    return [(a, w, p, j) for a in search_text.STEMMERS for w, p, j in zip(words, py[a], js[a], strict=True) if p != j]


def test_the_browser_stems_every_word_of_the_corpus_as_the_index(node):
    words = corpus_words()
    assert len(words) > 2000
    assert differences(words) == []


def test_plural_and_diminutive_forms_stem_alike_and_meet(node):
    assert differences(FORMS) == []
    terms = {w: set(search_text.terms_of(w)) for w in FORMS}
    # each pair meets in at least one stem: what makes "kindjes" find "kind" and "verslagen" find "verslag"
    for a, b in [("kindjes", "kind"), ("verslagen", "verslag"), ("huizen", "huis"), ("jongeren", "jongere"), ("vrijwilligers", "vrijwilliger"), ("meisjes", "meisje"), ("ambities", "ambitie")]:
        assert terms[a] & terms[b], (a, b, terms[a], terms[b])


def test_random_strings_of_the_special_letters_stem_alike(node):
    rng = random.Random(20260605)
    letters = "aeiouyjlnrstdgkhpbvwzèéêëïîíìàáâäòóôöùúûü'"
    words = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 14))) for _ in range(20000)})
    assert differences(words) == []


def test_the_stemmer_file_is_what_the_port_writes_today(tmp_path, monkeypatch):
    """``stemmer-nl.js`` was generated from the installed snowballstemmer (run the port after upgrading it)."""
    from perskamer.plugins.output_html.tools import port_snowball

    monkeypatch.setattr(port_snowball, "OUT", tmp_path / "stemmer-nl.js")
    assert port_snowball.main() == 0
    assert (tmp_path / "stemmer-nl.js").read_text(encoding="utf-8") == STEMMER_JS.read_text(encoding="utf-8")

"""Site search: a static index of the published reports, part of the ``html`` output.

No server and nothing from elsewhere: the browser loads small script files from
``zoek/`` (``<script>`` elements, so it works from ``file://`` too) and searches them
with ``assets/search.js``, stemming what is typed with the same Snowball stemmers the
index was made with (``assets/stemmer-nl.js``; see ``search_text``).

- ``zoek/verslag/<slug>.js``: one report's fragment (URL, title, date, session, the
  text a result quotes). Made from the report's record page (``search_record.html``)
  by the render of its page, in the worker process of a large build, and handed to
  the index (``context.hand_over``); remembered per report version in watch.
- ``zoek/woorden/<key>.js``: the word index, in shards by the first two letters of a
  term (``key``), so a query loads only the shards of its words: each term with the
  reports that hold it and how often (``[report, count, report, count, ...]``).
- ``zoek/index.js``: the list of reports (their fragment names), the shards there are,
  and the filters (ambition, date) with the reports of each value.

Every file is sorted JSON in a function call: the same site gives the same bytes.
The index is returned as an artefact set (``Artifact.expand``), written with the other
files; ``watch`` makes it in its slow lane after the pages are online (merging the
fragments: one report's changed fragment changes its own file and the shards of its
words). docs/decisions.md "Site search" says why this replaced Pagefind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from perskamer.model import Artifact

from .search_text import MIN_WORD, STEMMERS

FOLDER = "zoek/"
#: The format of the files; search.js refuses another.
VERSION = 1


class Cancelled(Exception):
    """The index was given up because a newer change came in (watch); not an error."""


def enabled(context: Any) -> bool:
    """Search is on unless ``html.search: false``."""
    return bool((context.options("html") or {}).get("search", True))


def search_set(fragments: Callable[[], list[tuple[str, str, dict[str, Any]]]]) -> Artifact:
    """The index of the fragments ``fragments()`` returns (``(slug, url, fragment)``, in listing order) as an artefact set."""
    return Artifact(FOLDER, output="html", expand=lambda: index_files(fragments()))


def shard_key(term: str) -> str:
    """The shard of a term: its first two characters, file-name safe (``a-z``, ``0-9``, else ``_``, the code point in hex, ``_``)."""
    return "".join(c if ("a" <= c <= "z" or "0" <= c <= "9") else f"_{ord(c):x}_" for c in term[:2])


def _script(call: str, value: Any) -> bytes:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"perskamerZoek.{call}({text});\n".encode("utf-8", "replace")  # (a lone surrogate from a broken source becomes "?")


def index_files(fragments: list[tuple[str, str, dict[str, Any]]]) -> list[Artifact]:
    """The index files, in the order to guard them.

    Each fragment names its report, so the leak guard reads it against that report's
    names, as it reads the report's page. Fragments come first: if the guard stops one,
    the core publishes nothing after it, so the word index (only words of the fragments'
    text, not scanned itself) and the entry never go out without them.
    """
    files = []
    postings: dict[str, list[int]] = {}
    filters: dict[str, dict[str, list[int]]] = {}
    docs = []
    for number, (slug, url, frag) in enumerate(fragments):
        docs.append(slug)
        shown = {"url": url, "title": frag["title"], "meta": frag["meta"], "text": frag["text"]}
        data = _script("fragment", {"id": slug, **shown})
        files.append(Artifact(f"{FOLDER}verslag/{slug}.js", data, output="html", report=slug, media_type="text/javascript", scan_text=data.decode()))
        for term, count in frag["terms"].items():
            found = postings.get(term)
            if found is None:
                postings[term] = [number, count]
            else:
                found += (number, count)
        for name, values in frag["filters"].items():
            for value in dict.fromkeys(values):
                filters.setdefault(name, {}).setdefault(value, []).append(number)
    shards: dict[str, dict[str, list[int]]] = {}
    for term in sorted(postings):
        shards.setdefault(shard_key(term), {})[term] = postings[term]
    for key in sorted(shards):
        # words of the fragments only (read above), not scanned again
        files.append(Artifact(f"{FOLDER}woorden/{key}.js", _script("words", {"key": key, "terms": shards[key]}), output="html", media_type="text/javascript", scan_text=""))
    entry = {
        "version": VERSION,
        "stemmers": list(STEMMERS),
        "min_word": MIN_WORD,
        "docs": docs,
        "shards": sorted(shards),
        "filters": filters,
    }
    data = _script("index", entry)
    files.append(Artifact(f"{FOLDER}index.js", data, output="html", media_type="text/javascript", scan_text=data.decode()))
    return files

"""Site search: a static index of the published reports, part of the ``html`` output.

No server and nothing from elsewhere: the browser loads small script files from
``zoek/`` (``<script>`` elements, so it works from ``file://`` too) and searches them
with ``assets/search.js``, stemming what is typed with the same Snowball stemmers the
index was made with (``assets/stemmer-nl.js``; see ``search_text``).

- ``zoek/verslag/<slug>.js``: one report's fragment (URL, title, date, session, the
  text a result quotes). Made from the report's record page (``search_record.html``;
  with the package's own template, from the page's view directly: the same fragment,
  ``search_text.fragment_of_view``) by the render of its page, in the worker process of a large build, and handed to
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
words). The last merge is kept, so a save in watch makes again only the changed fragment and
the shards of its words (:class:`_Merge`). docs/decisions.md "Site search" says why this
replaced Pagefind.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict, deque
from collections.abc import Callable
from itertools import repeat
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
    return f"perskamerZoek.{call}({_json(value)});\n".encode("utf-8", "replace")  # (a lone surrogate from a broken source becomes "?")


def index_files(fragments: list[tuple[str, str, dict[str, Any]]]) -> list[Artifact]:
    """The index files, in the order to guard them.

    Each fragment names its report, so the leak guard reads it against that report's
    names, as it reads the report's page. Fragments come first: if the guard stops one,
    the core publishes nothing after it, so the word index (only words of the fragments'
    text, not scanned itself) and the entry never go out without them.

    The last merge is kept (:class:`_Merge`): when the same reports come again with a few
    fragments changed (a save in watch changes one), only those fragments and the shards
    of their words are made again; the files are the same as a merge from scratch.
    """
    global _LAST
    with _LOCK:
        last = _LAST
        if last is not None and last.same_reports(fragments):
            last.update(fragments)
        else:
            last = _Merge(fragments)
        _LAST = last
        return last.files()


class _Merge:
    """The word index of a list of fragments, in a form one fragment can be replaced in."""

    #: At most this share of the fragments changed: updated in place; more: merged anew.
    UPDATE_SHARE = 0.2

    def __init__(self, fragments: list[tuple[str, str, dict[str, Any]]]):
        self.reports = [(slug, url) for slug, url, _f in fragments]
        self.fragments = [frag for _s, _u, frag in fragments]
        self.fragment_data = [_fragment_file(slug, url, frag) for slug, url, frag in fragments]
        self.postings = postings = _postings(self.fragments)
        self.term_json = {term: _term_json(term, found) for term, found in postings.items()}
        self.shard_terms: dict[str, set[str]] = {}
        for term in postings:
            self.shard_terms.setdefault(shard_key(term), set()).add(term)
        self.shard_data = {key: self._shard(key) for key in self.shard_terms}

    def same_reports(self, fragments: list[tuple[str, str, dict[str, Any]]]) -> bool:
        return len(fragments) == len(self.reports) and all(r == (slug, url) for r, (slug, url, _f) in zip(self.reports, fragments, strict=True))

    def update(self, fragments: list[tuple[str, str, dict[str, Any]]]) -> None:
        changed = [i for i, (old, (_s, _u, new)) in enumerate(zip(self.fragments, fragments, strict=True)) if old is not new]
        if len(changed) > max(1, self.UPDATE_SHARE * len(fragments)):
            self.__init__(fragments)
            return
        touched: dict[str, dict[int, int]] = {}
        for i in changed:
            for term in self.fragments[i]["terms"]:
                touched.setdefault(term, {})
            slug, url, frag = fragments[i]
            for term in frag["terms"]:
                touched.setdefault(term, {})
        for term, docs in touched.items():
            found = self.postings.get(term, [])
            docs.update(zip(found[::2], found[1::2], strict=True))
        for i in changed:
            for term in self.fragments[i]["terms"]:
                del touched[term][i]
            slug, url, frag = fragments[i]
            for term, count in frag["terms"].items():
                touched[term][i] = count
            self.fragments[i] = frag
            self.fragment_data[i] = _fragment_file(slug, url, frag)
        dirty = set()
        for term, docs in touched.items():
            key = shard_key(term)
            dirty.add(key)
            if docs:
                self.postings[term] = found = [v for doc in sorted(docs) for v in (doc, docs[doc])]
                self.term_json[term] = _term_json(term, found)
                self.shard_terms.setdefault(key, set()).add(term)
            else:
                self.postings.pop(term, None)
                self.term_json.pop(term, None)
                self.shard_terms[key].discard(term)
        for key in dirty:
            if self.shard_terms.get(key):
                self.shard_data[key] = self._shard(key)
            else:
                self.shard_terms.pop(key, None)
                self.shard_data.pop(key, None)

    def _shard(self, key: str) -> bytes:
        """``_script("words", {"key": key, "terms": {...}})``, from each term's JSON kept apart (a save re-encodes only its terms)."""
        terms = ",".join(self.term_json[term] for term in sorted(self.shard_terms[key]))
        return f'perskamerZoek.words({{"key":{_json(key)},"terms":{{{terms}}}}});\n'.encode("utf-8", "replace")

    def files(self) -> list[Artifact]:
        files = []
        filters: dict[str, dict[str, list[int]]] = {}
        for number, ((slug, _url), frag, data) in enumerate(zip(self.reports, self.fragments, self.fragment_data, strict=True)):
            files.append(_fragment_artifact(slug, data))
            for name, values in frag["filters"].items():
                for value in dict.fromkeys(values):
                    filters.setdefault(name, {}).setdefault(value, []).append(number)
        for key in sorted(self.shard_data):
            # words of the fragments only (read above), not scanned again
            files.append(Artifact(f"{FOLDER}woorden/{key}.js", self.shard_data[key], output="html", media_type="text/javascript", scan_text=""))
        entry = {
            "version": VERSION,
            "stemmers": list(STEMMERS),
            "min_word": MIN_WORD,
            "docs": [slug for slug, _url in self.reports],
            "shards": sorted(self.shard_data),
            "filters": filters,
        }
        data = _script("index", entry)
        files.append(Artifact(f"{FOLDER}index.js", data, output="html", media_type="text/javascript", scan_text=data.decode()))
        return files


def _postings(fragments: list[dict[str, Any]]) -> dict[str, list[int]]:
    """Each term's ``[report, count, report, count, ...]`` over ``fragments`` (numbered in order), terms in order of first use.

    The loop over a fragment's terms runs in C (``map`` of ``list.extend`` over the
    terms' lists and the ``(report, count)`` pairs): a cold build's ~426k postings of
    1000 reports in ~33 ms instead of ~43 ms for the same loop in Python, in the serial
    tail. The same dict, in the same order (``tests/test_search.py``).
    """
    postings: defaultdict[str, list[int]] = defaultdict(list)
    lists, extend, consume = postings.__getitem__, list.extend, deque(maxlen=0).extend
    for number, frag in enumerate(fragments):
        terms = frag["terms"]
        consume(map(extend, map(lists, terms), zip(repeat(number), terms.values())))
    return dict(postings)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _term_json(term: str, found: list[int]) -> str:
    """``"term":[report,count,...]`` as :func:`_script` writes it.

    The list of ints by the C encoder: a cold build's ~420k numbers (1000 reports) in a
    third less time than joining ``str`` of each (the same text: ``[1,2]``); the term by
    the C string encoder :func:`_json` ends in for a string.
    """
    return f"{_TERM_JSON(term)}:{_INTS_JSON(found)}"


_TERM_JSON = json.encoder.encode_basestring  # (= _json for a str: ensure_ascii off)


_INTS_JSON = json.JSONEncoder(separators=(",", ":")).encode


def _fragment_file(slug: str, url: str, frag: dict[str, Any]) -> bytes:
    made = _FILES.get(id(frag))
    if made is not None and made[0] is frag and made[1] == slug and made[2] == url:
        return made[3]
    return _script("fragment", {"id": slug, "url": url, "title": frag["title"], "meta": frag["meta"], "text": frag["text"]})


def known_file(frag: dict[str, Any], slug: str, url: str, data: bytes) -> None:
    """Take ``data`` as the file of ``frag`` for ``slug`` at ``url``: the bytes :func:`fragment_artifact`
    made of this very fragment (in the worker process that rendered the report's page, which
    hands them over with the fragment), so the merge does not encode the same JSON again
    (~28 ms of the serial tail of a cold build of 1000 reports). A fragment is a value, never
    changed once made; the file is taken for that fragment object, slug and URL only."""
    if len(_FILES) >= 20_000:  # (watch runs for days)
        _FILES.clear()
    _FILES[id(frag)] = (frag, slug, url, data)


#: Fragment files made already, by ``id()`` of their fragment (kept alive beside it): (fragment, slug, url, bytes).
_FILES: dict[int, tuple[dict[str, Any], str, str, bytes]] = {}


def _fragment_artifact(slug: str, data: bytes) -> Artifact:
    return Artifact(f"{FOLDER}verslag/{slug}.js", data, output="html", report=slug, media_type="text/javascript", scan_text=data.decode())


def fragment_artifact(slug: str, url: str, frag: dict[str, Any]) -> Artifact:
    """The file of one report's fragment, as the index publishes it (its render guards it ahead: ``context.guard_ahead``)."""
    return _fragment_artifact(slug, _fragment_file(slug, url, frag))


#: The last merge of this process (watch merges on every save), and who may touch it.
_LAST: _Merge | None = None
_LOCK = threading.Lock()

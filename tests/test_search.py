"""Site search: the static index in ``zoek/`` is part of the html output, made as an artefact set.

What the browser does with it is tested in ``test_browser_site.py``; here: what a build
writes (fragments, word shards, the entry), the same bytes for the same site, how the
core writes and cleans a set, the guard's order, the fragments handed over by the
renders and remembered in watch, and the watch slow lane.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from test_watch import CONFIG, factory_with, make_workspace, report_md, write

from perskamer.build import BuildResult
from perskamer.hookspecs import hookimpl
from perskamer.model import Artifact, Problem
from perskamer.plugins import output_html
from perskamer.plugins.output_html import search, search_text
from perskamer.watch import Watcher, default_factory

ROOT = Path(__file__).resolve().parents[1]


def build(ws: Path) -> BuildResult:
    return default_factory(ws / "config" / "perskamer.yaml")().build()


def manifest(ws: Path) -> dict:
    return json.loads((ws / "public/.perskamer-manifest.json").read_text())


def index_files(ws: Path) -> set[str]:
    return {p for p in manifest(ws)["files"] if p.startswith("zoek/")}


def loaded(path: Path) -> dict:
    """The value a ``perskamerZoek.<call>(...)`` file hands the browser."""
    text = path.read_text(encoding="utf-8")
    match = re.fullmatch(r"perskamerZoek\.(index|words|fragment)\((.*)\);\n", text, re.S)
    assert match, text[:80]
    return json.loads(match.group(2))


def loaded_bytes(data: bytes) -> dict:
    match = re.fullmatch(r"perskamerZoek\.(index|words|fragment)\((.*)\);\n", data.decode(), re.S)
    assert match
    return json.loads(match.group(2))


def entry(ws: Path) -> dict:
    return loaded(ws / "public/zoek/index.js")


def postings(ws: Path, term: str) -> list[int]:
    """``[report, count, ...]`` of ``term`` in the published word index ([] when absent)."""
    shard = ws / "public/zoek/woorden" / f"{search.shard_key(term)}.js"
    return loaded(shard)["terms"].get(term, []) if shard.is_file() else []


def fragments_text(ws: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted((ws / "public/zoek/verslag").iterdir()))


def test_the_build_writes_a_dutch_index_with_the_site(tmp_path):
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="De speelpleinwerking in Kortrijk met de kindjes."), "b.md": report_md("Sessie Beta")})
    result = build(ws)
    assert result.ok, result.all_problems
    files = index_files(ws)
    assert {"zoek/index.js", "zoek/verslag/a.js", "zoek/verslag/b.js"} <= files
    assert all(manifest(ws)["outputs"][f] == "html" for f in files)
    home = (ws / "public/index.html").read_text()
    assert 'src="assets/search.js"' in home and 'src="assets/stemmer-nl.js"' in home and 'id="zoeken"' in home and 'data-index="zoek/index.js"' in home
    assert (ws / "public/assets/stemmer-nl.js").read_bytes() == (ROOT / "plugins/output_html/templates/stemmer-nl.js").read_bytes()
    index = entry(ws)
    assert index["version"] == search.VERSION and index["docs"] == ["a", "b"] and index["stemmers"] == ["dutch", "dutch_porter"]
    assert index["shards"] == sorted(p.stem for p in (ws / "public/zoek/woorden").iterdir())
    # the fragment: what a result shows (the title, date, text) and the URL of the report's page
    a = loaded(ws / "public/zoek/verslag/a.js")
    assert a["id"] == "a" and a["url"] == "verslagen/a.html" and a["title"] == "Sessie Alfa" and "Kortrijk" in a["text"]
    assert "Sessie Alfa" not in a["text"].split("\n")[0]
    # the words: stemmed by both algorithms, with the report and the count
    assert postings(ws, "kortrijk") == [0, 1] and postings(ws, "kind") == [0, 1] and postings(ws, "kindjes") == [0, 1]
    assert postings(ws, "sessie") == [0, 1, 1, 1]  # the title is searched too
    # an unchanged second build writes nothing new
    again = build(ws)
    assert not [p for p in again.written if p.startswith("zoek/")] and again.removed == []


def test_a_changed_report_changes_its_fragment_and_its_words_only(tmp_path):
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="Over de jeugdraad."), "b.md": report_md("Sessie Beta", body="Over de fietsbibliotheek.")})
    build(ws)
    before = {p: (ws / "public" / p).read_bytes() for p in index_files(ws)}
    write(ws / "content/a.md", report_md("Sessie Alfa", body="Nu over de skatebaan in Hasselt."))
    result = build(ws)
    after = {p: (ws / "public" / p).read_bytes() for p in index_files(ws)}
    changed = {p for p in after if before.get(p) != after[p]}
    assert "zoek/verslag/a.js" in changed and "zoek/verslag/b.js" not in changed
    assert f"zoek/woorden/{search.shard_key('skatebaan')}.js" in changed
    assert set(result.removed) == set(before) - set(after)  # shards of words no report has any more
    assert f"zoek/woorden/{search.shard_key('jeugdraad')}.js" in set(result.removed) | changed
    assert postings(ws, "jeugdraad") == [] and postings(ws, "skatebaan") == [0, 1] and postings(ws, "fietsbibliotheek") == [1, 1]
    assert all((ws / "public" / f).is_file() for f in after)
    assert not [f for f in set(before) - set(after) if (ws / "public" / f).exists()]


def test_search_can_be_turned_off(tmp_path):
    ws = make_workspace(tmp_path / "ws", config="site:\n  title: T\noutputs: [html]\nhtml:\n  search: false\n")
    result = build(ws)
    assert result.ok
    home = (ws / "public/index.html").read_text()
    assert not (ws / "public/zoek").exists() and "zoek/" not in home and "stemmer-nl.js" not in home and 'id="zoeken"' not in home
    assert not (ws / "public/assets/stemmer-nl.js").exists()


def test_turning_search_off_removes_the_index(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    build(ws)
    assert index_files(ws)
    write(ws / "config/perskamer.yaml", "site:\n  title: T\noutputs: [html, json]\nhtml:\n  search: false\n")
    build(ws)
    assert not index_files(ws) and not (ws / "public/zoek").exists()


def test_watch_makes_the_index_in_the_slow_lane(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    watcher = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    watcher.start()
    try:
        watcher.wait_idle(30)
        before = index_files(ws)
        assert before
        count = watcher.count
        write(ws / "content/a.md", report_md("Sessie Alfa", body="Over de fietsbibliotheek in Leuven."))
        rebuild = watcher.wait_for_rebuild(30, after=count, slow=True)
        # the pages were online first; the index followed in the slow lane
        assert rebuild.pages_done is not None and rebuild.slow_done >= rebuild.pages_done
        after = index_files(ws)
        assert after != before and all((ws / "public" / f).is_file() for f in after)
        assert "fietsbibliotheek" in fragments_text(ws) and postings(ws, "fietsbibliotheek")
        assert not [f for f in before - after if (ws / "public" / f).exists()]
    finally:
        watcher.stop()


def test_a_set_may_only_hold_files_in_its_folder(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    result = BuildResult()
    builder._render_jobs = {}
    files = builder._expand(Artifact("zoek/", output="x", expand=lambda: [Artifact("zoek/a.js", b"a"), Artifact("index.html", b"evil")]), result)
    assert [f.path for f in files] == ["zoek/a.js"]
    assert any("index.html is not a file in zoek/" in p.message for p in result.problems)
    # a failing set is an error naming it, not a crash
    result = BuildResult()
    assert builder._expand(Artifact("zoek/", output="x", expand=lambda: 1 / 0), result) == []
    assert any("could not render zoek/" in p.message for p in result.problems)


class BlockFragmentsOf:
    """A guard that stops the fragment of one report (as the leak guard would)."""

    def __init__(self, slug: str):
        self.slug = slug
        self.seen: list[tuple[str, str | None, str]] = []

    @hookimpl
    def perskamer_inspect_artifact(self, artifact, text, reports, context):
        if artifact.path.startswith("zoek/"):
            self.seen.append((artifact.path, artifact.report, text))
        if artifact.path.startswith("zoek/verslag/") and artifact.report == self.slug:
            return [Problem("error", "test: blocked")]
        return []


def test_a_fragment_the_guard_stops_keeps_the_whole_index_unpublished(tmp_path):
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="Over de jeugdraad."), "b.md": report_md("Sessie Beta", body="Over de fietsbibliotheek.")})
    guard = BlockFragmentsOf("b")
    result = factory_with(ws, guard)().build()
    # each fragment was read as its own report's text (all of it), and before the words and the entry
    fragments = [(p, r, t) for p, r, t in guard.seen if p.startswith("zoek/verslag/")]
    assert [(p, r) for p, r, _t in fragments] == [("zoek/verslag/a.js", "a"), ("zoek/verslag/b.js", "b")]
    assert "fietsbibliotheek" in fragments[1][2]
    assert any("zoek/ is not published" in p.message for p in result.problems)
    # nothing after the stopped fragment: no words, no entry (the search box says the index is missing)
    assert not [p for p in index_files(ws) if not p.startswith("zoek/verslag/")] and "zoek/verslag/b.js" not in index_files(ws)
    assert not (ws / "public/zoek/index.js").exists()
    assert (ws / "public/verslagen/a.html").is_file()


def test_the_guard_reads_fragments_first_and_the_entry_last():
    frag = search_text.fragment("<main data-search-body><h1 data-search-meta='title'>T</h1><p>Woord en nog een woord.</p></main>")
    files = search.index_files([("a", "verslagen/a.html", frag), ("b", "verslagen/b.html", frag)])
    kinds = [f.path.split("/")[1] if f.path.count("/") > 1 else f.path for f in files]
    assert kinds[:2] == ["verslag", "verslag"] and kinds[-1] == "zoek/index.js" and set(kinds[2:-1]) == {"woorden"}
    assert [f.report for f in files[:2]] == ["a", "b"] and all(f.report is None for f in files[2:])
    assert files[0].scan_text == files[0].data.decode() and all(f.scan_text == "" for f in files[2:-1])


def test_the_same_site_gives_the_same_index_bytes(tmp_path):
    reports = {
        "a.md": report_md("Sessie Alfa", body="Vrijwilligers in de jeugdbeweging: engagement en vorming van leiding."),
        "b.md": report_md("Sessie Beta", body="Het jeugdhuis als lokaal: infrastructuur, gebouwen en terreinen delen."),
        "c.md": report_md("Sessie Gamma", body="Mentaal welzijn op kamp: heimwee, stress en een luisterend oor."),
        "d.md": report_md("Sessie Delta", body="Jongeren aan de beleidstafel: inspraak en participatie in de gemeente."),
    }
    config = "site:\n  title: T\noutputs: [html]\n"
    builds = []
    for name in ("een", "twee", "drie"):
        ws = make_workspace(tmp_path / name, reports, config=config)
        shutil.copy(ROOT / "config/ambitions.yaml", ws / "config/ambitions.yaml")
        assert build(ws).ok
        builds.append({p: (ws / "public" / p).read_bytes() for p in index_files(ws)})
    assert builds[0] == builds[1] == builds[2]
    filters = entry(ws)["filters"]
    assert set(filters) >= {"ambitie"} and len(filters["ambitie"]) >= 2, filters


def test_odd_words_get_file_name_safe_shards(tmp_path):
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="Ééntje in het café, ïets met 2023 en l'été.")})
    assert build(ws).ok
    keys = entry(ws)["shards"]
    assert all(re.fullmatch(r"[a-z0-9_]+", k) for k in keys) and "_e9__e9_" in keys and "20" in keys
    assert postings(ws, "café") == [0, 1]
    assert search.shard_key("é") != search.shard_key("e9") and search.shard_key("_x") == "_5f_x"


def _cli_build(ws: Path, monkeypatch) -> int:
    from perskamer.cli import main

    monkeypatch.chdir(ws)
    return main(["build", "-q"])


def test_what_the_index_reads_is_recorded(tmp_path, monkeypatch):
    """The fragments are made from the record template: a new override makes a new index (data-pagefind-* marks are read too)."""
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="De speelpleinwerking in Kortrijk.")})
    assert _cli_build(ws, monkeypatch) == 0
    before = {p: (ws / "public" / p).read_bytes() for p in index_files(ws)}
    (ws / "templates").mkdir(exist_ok=True)
    write(ws / "templates/search_record.html", (
        "<html><body><main data-pagefind-body><h1 data-pagefind-meta=\"title\">{{ report.title }}</h1>"
        "<p data-pagefind-ignore>Nietzoeken</p><p>Zoekwoordvandeoverride</p></main></body></html>"
    ))
    assert _cli_build(ws, monkeypatch) == 0
    after = {p: (ws / "public" / p).read_bytes() for p in index_files(ws)}
    assert after != before and "Zoekwoordvandeoverride" in fragments_text(ws) and "Nietzoeken" not in fragments_text(ws)
    assert postings(ws, "zoekwoordvandeoverrid") or postings(ws, "zoekwoordvandeoverride")
    assert loaded(ws / "public/zoek/verslag/a.js")["title"] == "Sessie Alfa"


def test_each_render_hands_its_fragment_to_the_index(tmp_path, monkeypatch):
    """The index takes the fragment the report's render made from the page's view: none is made twice, same values."""
    made = []
    original = output_html.search_fragment
    monkeypatch.setattr(output_html, "search_fragment", lambda report, context: made.append(isinstance(report, dict)) or original(report, context))
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa", body="De *speelpleinwerking* in Kortrijk."), "b.md": report_md("Sessie Beta")})
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    result = builder.build()
    assert result.ok and made == [True, True]  # by the two renders, from their views; none again for the index
    for report in result.published:
        assert builder.context.handed(report, output_html.SEARCH_FRAGMENT) == original(report, builder.context)
    assert "speelpleinwerking" in fragments_text(ws)
    # a second build renders a.md only (b's page is reused): b's fragment is made for the index
    made.clear()
    write(ws / "content/a.md", report_md("Sessie Alfa", body="Nu over de skatebaan in Hasselt."))
    assert builder.build().ok and made == [True, False]
    assert "skatebaan" in fragments_text(ws) and "Sessie Beta" in fragments_text(ws)


def test_a_fragment_made_for_the_index_is_made_once_per_report_version(tmp_path, monkeypatch):
    """Watch's slow lane needs every report's fragment on each save: an unchanged report's is remembered."""
    pages = []  # the views a fragment was made of (from its record page or directly)
    original = output_html._fragment_of_view
    monkeypatch.setattr(output_html, "_fragment_of_view", lambda view, context: pages.append(view["title"]) or original(view, context))
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa"), "b.md": report_md("Sessie Beta", body="Over de jeugdraad.")})
    builder = default_factory(ws / "config" / "perskamer.yaml")()
    assert builder.build().ok and sorted(pages) == ["Sessie Alfa", "Sessie Beta"]
    for number, (body, made) in enumerate([("Over de skatebaan.", ["Sessie Alfa", "Sessie Beta"]), ("Over het speelplein.", ["Sessie Alfa"])]):
        pages.clear()
        write(ws / "content/a.md", report_md("Sessie Alfa", body=body))
        assert builder.build().ok and pages == made, number  # b: made again once (its render was reused), then remembered
        assert body.split()[-1].rstrip(".") in fragments_text(ws) and "jeugdraad" in fragments_text(ws)
    # remembered for this report version in this site only: another site config makes it again
    result = builder.build()
    beta = next(r for r in result.published if r.title == "Sessie Beta")
    pages.clear()
    assert output_html.search_fragment(beta, builder.context) and pages == []
    write(ws / "config/perskamer.yaml", CONFIG.replace("Testcongres", "Ander congres"))
    other = default_factory(ws / "config" / "perskamer.yaml")()
    assert output_html.search_fragment(beta, other.context) and pages == ["Sessie Beta"]


def test_a_report_the_guard_withholds_for_its_card_is_not_in_the_index(tmp_path, monkeypatch):
    """The guard withholds a report for its card in the index page: the collections, and the index, are made again without it."""
    ws = make_workspace(tmp_path / "ws", {"a.md": report_md("Sessie Alfa Verboden"), "b.md": report_md("Sessie Beta", body="Over de jeugdraad.")},
                        config=CONFIG + "plugins: [stopper]\n")
    (ws / "plugins").mkdir()
    write(ws / "plugins/stopper.py", (
        "from perskamer.hookspecs import hookimpl\nfrom perskamer.model import Problem\n\nPLUGIN_NAME = 'stopper'\n\n\n"
        "@hookimpl\ndef perskamer_inspect_artifact(artifact, text, reports, context):\n"
        "    if artifact.path == 'index.html' and 'Verboden' in text:\n"
        "        return [Problem('error', 'a forbidden word in the index', file=artifact.path, plugin='stopper')]\n"
    ))
    assert _cli_build(ws, monkeypatch) == 1
    text = fragments_text(ws)
    assert "jeugdraad" in text and "Verboden" not in text and "verslagen/a.html" not in text
    assert entry(ws)["docs"] == ["b"] and postings(ws, "verboden") == []


def test_record_pages_are_read_with_their_marks():
    """What the fragment takes from a record page: meta, filters (each value once per report), text without ignored parts."""
    frag = search_text.fragment(
        "<!doctype html><html><body><nav>Menu</nav><main data-search-body><h1 data-search-meta='title'>Mijn &amp; titel</h1>"
        "<div data-search-ignore><p><span data-search-filter='datum' data-search-meta='datum'>6 juni 2023</span> · "
        "<span data-search-meta='sessie'>R1</span></p><p data-search-filter='ambitie'>Mentaal welzijn</p></div>"
        "<section><h2>Samenvatting</h2><p>De kindjes speelden<br>in de <em>huizen</em>.</p><img src=x alt=''></section></main></body></html>"
    )
    assert frag["title"] == "Mijn & titel" and frag["meta"] == {"datum": "6 juni 2023", "sessie": "R1"}
    assert frag["filters"] == {"datum": ["6 juni 2023"], "ambitie": ["Mentaal welzijn"]}
    assert frag["text"] == "Samenvatting\nDe kindjes speelden\nin de huizen."
    assert "menu" not in frag["terms"] and "r1" not in frag["terms"] and "mentaal" not in frag["terms"]
    assert frag["terms"]["kind"] == 1 and frag["terms"]["huis"] == 1 and frag["terms"]["titel"] == 1
    # hostile or broken markup is text, never an error
    odd = search_text.fragment("<main data-search-body><p>a <b>b</i> c</p></div></section>&lt;script&gt;x</main>")
    assert "script" in odd["text"] and odd["title"] == ""


@pytest.mark.parametrize("text", ["", "   ", "a b c", "é", "x" * 5000])
def test_odd_texts_give_a_fragment(text):
    frag = search_text.fragment(f"<main data-search-body><p>{text}</p></main>")
    assert all(len(t) >= 1 for t in frag["terms"]) and isinstance(frag["text"], str)


def test_search_fragments_step_aside_when_the_build_is_cancelled(monkeypatch):
    """Fragments not handed over by a render are made one by one (about a millisecond each);
    between them the loop asks ``context.cancelled()`` and stops the index when a newer change came in."""
    asked: list[int] = []
    made: list[str] = []

    def cancelled() -> bool:
        asked.append(len(made))
        return len(made) >= 10

    reports = [SimpleNamespace(slug=f"r{i}") for i in range(40)]
    context = SimpleNamespace(cancelled=cancelled, handed=lambda report, key: {"gegeven": True} if report.slug == "r0" else None,
                              report_url=lambda report: f"verslagen/{report.slug}.html")
    monkeypatch.setattr(output_html, "search_fragment", lambda report, context: made.append(report.slug) or {"gemaakt": True})
    monkeypatch.setattr(output_html, "env_for", lambda context: None)
    monkeypatch.setattr(output_html, "site_vars", lambda context: None)
    with pytest.raises(search.Cancelled):
        output_html.search_fragments(reports, context)
    assert "r0" not in made  # a handed-over fragment is not made again
    assert 10 <= len(made) < 10 + output_html.FRAGMENTS_BETWEEN_CHECKS + 1
    assert asked[0] == 0  # asked before the first fragment it makes


def test_a_lone_surrogate_in_a_fragment_does_not_stop_the_index():
    frag = search_text.fragment("<main data-search-body><h1 data-search-meta='title'>T</h1><p>kapot \udc80 teken</p></main>")
    files = search.index_files([("a", "verslagen/a.html", frag)])
    assert b"kapot ? teken" in files[0].data and files[-1].path == "zoek/index.js"


def test_a_merge_updated_in_place_gives_the_files_of_a_merge_from_scratch(monkeypatch):
    """Watch's saves change a fragment or two: the kept merge is updated; the files equal a fresh merge's, byte for byte."""
    import random

    rng = random.Random(5)
    texts = [
        "De kindjes speelden in de huizen van het speelplein.", "Vrijwilligers en jongeren aan de beleidstafel.",
        "Mentaal welzijn op kamp: heimwee en stress.", "Het jeugdhuis als lokaal, infrastructuur delen.",
        "Een café, ééntje, 2023 en l'été.", "Verslagen van de werkingen in Kortrijk en Hasselt.",
    ]

    def frag(text: str, ambition: str) -> dict:
        return search_text.fragment(f"<main data-search-body><h1 data-search-meta='title'>{text[:12]}</h1>"
                                    f"<p data-search-ignore><span data-search-filter='ambitie'>{ambition}</span></p><p>{text}</p></main>")

    current = [(f"r{i}", f"verslagen/r{i}.html", frag(rng.choice(texts), rng.choice("AB"))) for i in range(12)]
    monkeypatch.setattr(search, "_LAST", None)
    made = []
    original = search._Merge.__init__
    monkeypatch.setattr(search._Merge, "__init__", lambda self, f: made.append(len(f)) or original(self, f))
    for step in range(40):
        i = rng.randrange(len(current))
        words = " ".join(rng.sample(" ".join(texts).split(), rng.randint(0, 8)))
        current[i] = (current[i][0], current[i][1], frag(words, rng.choice("ABC")))
        kept = [(a.path, a.data, a.report, a.scan_text) for a in search.index_files(list(current))]
        fresh = [(a.path, a.data, a.report, a.scan_text) for a in search._Merge(list(current)).files()]
        assert kept == fresh, step
        for path, data, _report, _scan in kept:  # each file is what json.dumps writes of its value
            value = loaded_bytes(data)
            assert data == search._script(path.split("/")[1] if path.count("/") > 1 else "index", value).replace(b"verslag(", b"fragment(").replace(b"woorden(", b"words("), path
    assert made.count(12) == 41  # the first merge, and one fresh merge per step for the comparison: every step updated in place
    # another list of reports is merged anew
    assert [a.path for a in search.index_files(current[:3])][:3] == ["zoek/verslag/r0.js", "zoek/verslag/r1.js", "zoek/verslag/r2.js"]


def test_the_record_reader_closes_elements_as_html_would_and_ignores_stray_end_tags():
    """End tags that close nothing are skipped; one that closes an outer element closes the inner ones too."""
    page = ('<main data-search-body><h1 data-search-meta="title">T</h1></b><section><p>een <em>twee</p> drie</em>'
            '</section></span><div data-search-ignore><p data-search-filter="ambitie">A <b>B</div> vier</p></main> vijf')
    parts, meta, filters, sort = search_text._read_record(page)
    assert "".join(parts) == "\nT\n\n\neen twee\n drie\n\n\n\n vier\n"
    assert (meta, filters, sort) == ({"title": "T"}, {"ambitie": ["A B"]}, {})


def _postings_one_by_one(fragments):
    """The postings as the merge made them before session 10: a Python loop, term by term."""
    postings: dict[str, list[int]] = {}
    for number, frag in enumerate(fragments):
        for term, count in frag["terms"].items():
            found = postings.get(term)
            if found is None:
                postings[term] = [number, count]
            else:
                found += (number, count)
    return postings


def test_the_postings_are_those_of_the_loop_term_by_term_in_the_same_order():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from perskamer.plugins.output_html.search import _postings

    terms = st.dictionaries(st.text(min_size=1, max_size=6), st.integers(min_value=1, max_value=50), max_size=12)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(terms.map(lambda t: {"terms": t}), max_size=25))
    def check(fragments):
        made = _postings(fragments)
        expected = _postings_one_by_one(fragments)
        assert made == expected and list(made) == list(expected)
        assert type(made) is dict

    check()

"""The unseen_s3 scorer's matching (bench/eval_unseen_s3.py), on a synthetic public/ folder.

No perskamer build and no figure of the real set: only that a surviving name, contact or
lost keep word is found in every place and spelling the scorer promises to look at, and
that a report's own label or another report's word is not taken for a leak.
"""

from __future__ import annotations

import email.message
import gzip
import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCORER = Path(__file__).resolve().parent.parent / "bench" / "eval_unseen_s3.py"


@pytest.fixture(scope="module")
def ev():
    spec = importlib.util.spec_from_file_location("eval_unseen_s3", SCORER)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _gold(folder: Path, stem: str, source: str, **data) -> None:
    (folder / f"{stem}.md").write_text(source, encoding="utf-8")
    (folder / f"{stem}.gold.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _report_json(slug: str, source: str, title: str, quotes: list[str], summary: str = "") -> dict:
    return {"source": source, "slug": slug, "url": f"verslagen/{slug}.html", "title": title,
            "sections": {"summary": summary}, "quotes": [{"text": q, "speaker": None} for q in quotes],
            "ambitions": [{"id": "kruispunten"}], "speakers": []}


@pytest.fixture()
def world(tmp_path: Path, ev):
    golds_dir = tmp_path / "set"
    golds_dir.mkdir()
    _gold(golds_dir, "01_eerste", "---\ntitle: Eerste\n---\n> \"Wiebke zei: bel 0499 11 22 33\" (Ostrowska)\n",
          title="Eerste", quote_names=["Wiebke", "Ostrowska", "Jean-Luc"], narrative_names=["Gisèle"],
          keep=["Chiro Meerhout", "Ronse"], contacts=["499112233", "kiki.draws09"], main="kruispunten",
          tags=["kruispunten"], classes={"Wiebke": "first name", "Ostrowska": "surname in brackets",
                                         "Jean-Luc": "hyphenated", "Gisèle": "narrative first name",
                                         "499112233": "phone", "kiki.draws09": "handle"})
    _gold(golds_dir, "02_tweede", "---\ntitle: Tweede\n---\nDe Marnix-school en Wiebke... nee: Kasper.\n",
          title="Tweede", quote_names=["Kasper"], narrative_names=[], keep=[], contacts=[],
          main="kruispunten", tags=["kruispunten"], classes={"Kasper": "first name"})
    golds = ev.load_gold(golds_dir)
    ref = tmp_path / "ref"
    (ref / "data").mkdir(parents=True)
    (ref / "data" / "01_eerste.json").write_text(json.dumps(_report_json(
        "01_eerste", "01_eerste.md", "Eerste", ["Wiebke zei: bel 0499 11 22 33 (Ostrowska), Jean-Luc ook"],
        "Gisèle van Chiro Meerhout uit Ronse, mail kiki.draws09 at ronse")), encoding="utf-8")
    (ref / "data" / "02_tweede.json").write_text(json.dumps(_report_json(
        "02_tweede", "02_tweede.md", "Tweede", ["Kasper"])), encoding="utf-8")
    return golds, ev.read_public(ref, golds)


def _public(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    public = tmp_path / "public"
    for rel, content in files.items():
        path = public / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return public


def _clean_reports() -> dict[str, str]:
    return {
        "data/01_eerste.json": json.dumps(_report_json(
            "01_eerste", "01_eerste.md", "Eerste", ["[persoon 1] zei: bel [telefoon] ([persoon 2]), [persoon 3] ook"],
            "[persoon 4] van Chiro Meerhout uit Ronse, mail [account]"), ensure_ascii=False),
        "data/02_tweede.json": json.dumps(_report_json("02_tweede", "02_tweede.md", "Tweede", ["[persoon 1]"])),
    }


def _score(ev, golds, ref, folder: Path, files: dict[str, str | bytes]):
    """The default scope's score of a public folder made of ``files``, as eval_unseen_s3 scores a build."""
    pub = ev.read_public(_public(folder, files), golds)
    return ev.score_build("quotes", golds, pub, ref, ev.unique_parts(golds))


def test_a_clean_build_has_no_miss(tmp_path, ev, world):
    golds, ref = world
    pub = ev.read_public(_public(tmp_path, _clean_reports()), golds)
    for scope in ("quotes", "all"):
        t = ev.score_build(scope, golds, pub, ref, ev.unique_parts(golds))
        assert (t.quote_leaks, t.narrative_leaks, t.contacts_left, t.published) == (0, 0, 0, 2), t.lines
        assert t.kept == t.keep == 2
    assert ev.tagger(golds, pub) == (2, 2, 1.0)


def test_names_found_in_every_place_and_spelling(tmp_path, ev, world):
    golds, ref = world
    files = _clean_reports()
    # escaped in HTML, split by a soft hyphen, upper case in the e-mail, in the file name, a hyphen half in the PDF text
    files["verslagen/01_eerste.html"] = "<p>W&#105;eb\u00adke zei</p>"
    msg = email.message.EmailMessage()
    msg["Subject"] = "Nieuwsbrief"
    msg.set_content("Citaat van OSTROWSKA", charset="utf-8", cte="quoted-printable")
    files["digest/nieuwsbrief.eml"] = msg.as_bytes()
    files["verslagen/01_eerste-jean-luc.html"] = "<p>niets</p>"
    t = _score(ev, golds, ref, tmp_path, files)
    assert t.quote_leaks == 3, t.lines
    assert t.misses == {"quote: first name": 1, "quote: surname in brackets": 1, "quote: hyphenated": 1}
    where = "\n".join(t.lines)
    assert "html" in where and "collective eml" in where and "file name/URL" in where
    assert not any(name in where for name in ("Wiebke", "Ostrowska", "Jean-Luc")), "the summary never prints a name"


def test_a_name_of_another_report_is_only_looked_for_in_its_own_files(tmp_path, ev, world):
    golds, ref = world
    files = _clean_reports()
    # "Wiebke" also occurs in report 02's source: in a collective page it cannot be told apart, so it is not counted there
    files["index.html"] = "<p>Wiebke</p>"
    assert _score(ev, golds, ref, tmp_path, files).quote_leaks == 0
    files["verslagen/01_eerste.html"] = "<p>Wiebke</p>"
    assert _score(ev, golds, ref, tmp_path / "b", files).quote_leaks == 1


def test_the_search_fragment_is_read_and_the_word_shards_of_stems_are_not(tmp_path, ev, world):
    golds, ref = world
    files = _clean_reports()
    # a stem that spells a name half ("luc" of a word "lucs") in a word shard is no leak
    files["zoek/woorden/lu.js"] = 'perskamerZoek.words({"key":"lu","terms":{"luc":[0,1]}});'
    assert _score(ev, golds, ref, tmp_path, files).quote_leaks == 0
    # the fragment holds the page's text: a name there is a leak in the report's own search file
    files["zoek/verslag/01_eerste.js"] = 'perskamerZoek.fragment({"id":"01_eerste","text":"Wiebke zei"});'
    t = _score(ev, golds, ref, tmp_path / "b", files)
    assert t.quote_leaks == 1, t.lines


def test_a_name_after_an_escaped_line_break_in_a_json_string_is_found(tmp_path, ev, world):
    # Session 25: the scorer searched json.dumps of a JSON file, where a line break stays escaped
    # ("\\nOstrowska"): a name right after it was no whole word there and the leak was not counted.
    golds, ref = world
    files = _clean_reports()
    files["data/01_eerste.json"] = json.dumps(_report_json(
        "01_eerste", "01_eerste.md", "Eerste", ["[persoon 1] zei:\nOstrowska lachte"],
        "[persoon 4] van Chiro Meerhout uit Ronse, mail [account]"), ensure_ascii=False)
    t = _score(ev, golds, ref, tmp_path, files)
    assert (t.quote_leaks, t.misses) == (1, {"quote: surname in brackets": 1}), t.lines
    assert "in json" in "\n".join(t.lines)
    # the same in a pagefind search fragment (gzip: "pagefind_dcd" and the page as JSON)
    files = _clean_reports()
    page = json.dumps({"url": "/verslagen/01_eerste.html", "content": "Eerste.\nOstrowska lachte"}, separators=(",", ":"))
    files["pagefind/fragment/nl_1a2b.pf_fragment"] = gzip.compress(("pagefind_dcd" + page).encode("utf-8"))
    t = _score(ev, golds, ref, tmp_path / "b", files)
    assert t.quote_leaks == 1 and "search index" in "\n".join(t.lines), t.lines


def test_contacts_in_any_spelling_narrative_names_only_under_scope_all(tmp_path, ev, world):
    golds, ref = world
    files = _clean_reports()
    files["index.html"] = "<p>Bel +32 (0)499/11.22.33 of kiki . draws09</p><p>Gisèle</p>"
    pub = ev.read_public(_public(tmp_path, files), golds)
    quotes = ev.score_build("quotes", golds, pub, ref, ev.unique_parts(golds))
    assert quotes.contacts_left == 2 and quotes.narrative_parts == 0
    scope_all = ev.score_build("all", golds, pub, ref, ev.unique_parts(golds))
    assert (scope_all.narrative_leaks, scope_all.narrative_parts) == (1, 1)


def test_lost_keep_words_and_withheld_reports(tmp_path, ev, world):
    golds, ref = world
    files = _clean_reports()
    files["data/01_eerste.json"] = files["data/01_eerste.json"].replace("Chiro Meerhout", "[persoon 5]")
    del files["data/02_tweede.json"]
    t = _score(ev, golds, ref, tmp_path, files)
    assert (t.kept, t.keep) == (1, 2)
    assert t.misses["keep lost: youth movement / group with a place"] == 1
    assert t.withheld == ["02"] and t.published == 1


def test_a_name_the_readers_never_publish_is_left_out(tmp_path, ev, world):
    golds, _ = world
    ref_dir = tmp_path / "ref2"
    (ref_dir / "data").mkdir(parents=True)
    (ref_dir / "data" / "01_eerste.json").write_text(json.dumps(_report_json("01_eerste", "01_eerste.md", "Eerste", ["Wiebke"])))
    (ref_dir / "data" / "02_tweede.json").write_text(json.dumps(_report_json("02_tweede", "02_tweede.md", "Tweede", ["Kasper"])))
    ref = ev.read_public(ref_dir, golds)
    t = _score(ev, golds, ref, tmp_path, _clean_reports())
    assert t.quote_parts == 2  # Wiebke and Kasper; the two the reference never published are listed, not counted
    assert len(t.not_in_reference) == 2 and not any("Ostrowska" in x for x in t.not_in_reference)


def test_own_files_are_told_by_the_slug_as_a_path_part(ev):
    assert ev.own("verslagen/03_kamp.html", "03_kamp")
    assert ev.own("zoek/verslag/03_kamp.js", "03_kamp")
    assert ev.own("media/03_kamp-foto.jpg", "03_kamp")
    assert not ev.own("verslagen/03_kampvuur.html", "03_kamp")  # another report whose slug starts the same
    assert not ev.own("thema/2023-verslag-7.html", "verslag")


def test_a_search_script_is_read_as_its_words_not_its_identifiers(tmp_path, ev, world):
    golds, ref = world
    files = _clean_reports()
    # the entry's own keys ("jean_word" as "min_word" is) are code: a hyphen half that spells one is no leak
    files["zoek/index.js"] = ('perskamerZoek.index({"docs":["01_eerste"],"jean_word":3,"luc_shards":[],'
                              '"filters":{"thema":{"kruispunten":[0]}}});\n')
    assert _score(ev, golds, ref, tmp_path, files).quote_leaks == 0
    # what the data holds is read: a filter value a reader picks in the search form, a fragment's text
    files["zoek/index.js"] = 'perskamerZoek.index({"docs":["01_eerste"],"filters":{"spreker":{"Ostrowska":[0]}}});\n'
    t = _score(ev, golds, ref, tmp_path / "b", files)
    assert t.quote_leaks == 1 and "collective js" in "\n".join(t.lines), t.lines
    files["zoek/index.js"] = 'perskamerZoek.index({"docs":["01_eerste"]});\n'
    files["zoek/verslag/01_eerste.js"] = 'perskamerZoek.fragment({"id":"01_eerste","text":"Jean-Luc zei"});'
    assert _score(ev, golds, ref, tmp_path / "c", files).quote_leaks == 1


def test_search_script_text_keeps_strings_and_data_keys(ev):
    text = 'perskamerZoek.words({"key":"mi","terms":{"mina":[0,2]},"min_word":3});\n'
    assert ev.search_script_text(text).split("\n") == ["mi", "mina"]
    assert ev.search_script_text("var x = 1;") == "var x = 1;"


def test_a_name_in_another_script_is_looked_for_in_texts_not_in_paths(tmp_path, ev):
    """A Cyrillic name folds to "" for paths (slugify keeps ASCII only): an empty pattern
    matched every file name, so a removed name counted as left."""
    golds_dir = tmp_path / "set"
    golds_dir.mkdir()
    _gold(golds_dir, "01_brief", "---\ntitle: Brief\n---\n> \"Зоряна: ми прийдемо\"\n", title="Brief",
          quote_names=["Зоряна"], narrative_names=[], keep=[], contacts=[], main="kruispunten",
          tags=["kruispunten"], classes={"Зоряна": "Cyrillic first name opening a quote"})
    golds = ev.load_gold(golds_dir)
    ref_dir = tmp_path / "ref"
    (ref_dir / "data").mkdir(parents=True)
    (ref_dir / "data" / "01_brief.json").write_text(json.dumps(_report_json(
        "01_brief", "01_brief.md", "Brief", ["Зоряна: ми прийдемо"]), ensure_ascii=False), encoding="utf-8")
    ref = ev.read_public(ref_dir, golds)
    clean = {"data/01_brief.json": json.dumps(_report_json(
        "01_brief", "01_brief.md", "Brief", ["[persoon 1]: ми прийдемо"]), ensure_ascii=False),
        "verslagen/01_brief.html": "<p>[persoon 1]: ми прийдемо</p>",
        "zoek/woorden/_e9__e9_.js": "[]"}  # a word shard's name: two marks side by side
    t = ev.score_build("quotes", golds, ev.read_public(_public(tmp_path / "a", clean), golds), ref,
                       ev.unique_parts(golds))
    assert (t.quote_parts, t.quote_leaks) == (1, 0), t.lines
    leaked = dict(clean, **{"verslagen/01_brief.html": "<p>Зоряна: ми прийдемо</p>"})
    t = ev.score_build("quotes", golds, ev.read_public(_public(tmp_path / "b", leaked), golds), ref,
                       ev.unique_parts(golds))
    assert t.quote_leaks == 1 and "file name/URL" not in "\n".join(t.lines), t.lines

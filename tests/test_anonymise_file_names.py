"""With ``anonymise.scope: all``, a name in a report's file name (or its photo's) reaches
no published file and no published path: not the slug, URLs and links, not the JSON's
``source``, not the media names, PDF metadata or bookmarks, the digest (HTML, text,
.eml) or the search index. Realistic reports (the corpus's DOCX, text form and Markdown
with its photo) are given file names holding invented names; every output
``perskamer init`` turns on is built and every published byte and path is searched,
as the re-identification test does. The default scope keeps its slugs."""

from __future__ import annotations

import email
import gzip
import html
import json
import os
import re
import shutil
import urllib.parse
from pathlib import Path

import pytest

from perskamer.cli import main
from perskamer.plugins.anonymise.filename import file_name_names, neutral_link_targets, tells_more
from perskamer.testing import json_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "corpus"

#: invented for this test; none occurs in the three corpus reports used
NAMES = ["peeters", "fatima", "amrani", "tenzin", "dolma", "lotte", "fauw"]
FILES = {
    "interview-met-jan-peeters.md": "010_mentaal-welzijn-op-kamp.md",
    "Verslag_Fatima_El_Amrani.docx": "014_infrastructuur-delen.docx",
    "verslag_tenzin_dolma.txt": "001_engagement-op-maat.txt",
}


def _workspace(base: Path, scope: str | None, outputs: str = "html, json, pdf, bundle, digest") -> Path:
    (base / "config").mkdir(parents=True)
    (base / "content/images").mkdir(parents=True)
    shutil.copy(ROOT / "config/ambitions.yaml", base / "config/ambitions.yaml")
    cfg = (ROOT / "config/perskamer.yaml").read_text(encoding="utf-8")
    cfg = re.sub(r"(?m)^outputs:.*$", f"outputs: [{outputs}]", cfg)
    if scope:
        cfg += f"\nanonymise:\n  scope: {scope}\n"
    (base / "config/perskamer.yaml").write_text(cfg, encoding="utf-8")
    for name, fixture in FILES.items():
        data = (CORPUS / fixture).read_bytes()
        if name.endswith(".md"):
            data = data.replace(b"images/010_kampvuur.png", b"images/foto_lotte_de_fauw.png")
        (base / "content" / name).write_bytes(data)
    shutil.copy(CORPUS / "images/010_kampvuur.png", base / "content/images/foto_lotte_de_fauw.png")
    for fixture in FILES.values():
        assert not any(re.search(rf"\b{n}\b", (CORPUS / fixture).read_bytes().decode("utf-8", "replace"), re.I)
                       for n in NAMES if not fixture.endswith(".docx"))
    return base


def _build(ws: Path, *extra: str) -> int:
    return main(["build", "--config", str(ws / "config/perskamer.yaml"), "--out", str(ws / "public"), "--quiet", *extra])


def _texts(path: Path) -> str:
    """Everything a published file holds, decoded every way a reader or a crawler could."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":  # a gzip-compressed file
        data = gzip.decompress(data)
    parts = [data.decode("utf-8", "replace")]
    if path.suffix == ".json":  # its strings decoded too: a name after an escaped line break ("\\nX")
        parts = [json_text(parts[0])]
    if path.suffix == ".pdf":
        import pypdf
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        parts.append("\n".join(page.get_textpage().get_text_range() for page in pdf))
        reader = pypdf.PdfReader(str(path))
        parts.append(" ".join(str(v) for v in (reader.metadata or {}).values()))

        def titles(outline: list) -> list[str]:
            return [t for item in outline for t in (titles(item) if isinstance(item, list) else [item.title])]

        parts.append(" ".join(titles(reader.outline)))
    if path.suffix == ".eml":
        for part in email.message_from_bytes(data).walk():
            payload = part.get_payload(decode=True)
            if payload and part.get_content_maintype() == "text":
                parts.append(payload.decode("utf-8", "replace"))
            parts.append(part.get_filename() or "")
    text = "\n".join(parts)
    text = "\n".join([text, html.unescape(text), urllib.parse.unquote(text)])
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text).casefold()


def _leaks(out: Path) -> list[tuple[str, str]]:
    found = []
    for path in sorted(p for p in out.rglob("*") if p.is_file()):
        rel = path.relative_to(out).as_posix()
        words = set(re.findall(r"[a-z]+", rel.casefold()))
        found += [("path", rel) for n in NAMES if n in words]
        text = _texts(path)
        found += [(rel, n) for n in NAMES if re.search(rf"(?<![a-z]){n}(?![a-z])", text)]
    return found


@pytest.fixture(scope="module")
def site_all(tmp_path_factory) -> Path:
    pytest.importorskip("weasyprint")
    ws = _workspace(tmp_path_factory.mktemp("names_all"), "all")
    assert _build(ws, "--no-cache") == 0
    return ws


def test_no_name_of_a_file_name_in_any_published_file_or_path(site_all: Path) -> None:
    out = site_all / "public"
    assert len(list((out / "verslagen").glob("*.html"))) == 3 and (out / "pdf/verslagen.pdf").is_file()
    assert (out / "digest/digest.eml").is_file() and list((out / "zoek/verslag").glob("*.js"))
    assert len(list((out / "media").iterdir())) == 2  # the photos, named after the slugs
    assert _leaks(out) == []
    index = json.loads((out / "data/index.json").read_text(encoding="utf-8"))
    for entry in index["reports"]:
        slug = entry["slug"]
        assert entry["source"] == slug + Path(entry["source"]).suffix  # a neutral source
        assert (out / f"verslagen/{slug}.html").is_file() and (out / f"data/{slug}.json").is_file()
    assert {Path(e["source"]).suffix for e in index["reports"]} == {".md", ".docx", ".txt"}
    page = json.loads((out / f"data/{index['reports'][0]['slug']}.json").read_text(encoding="utf-8"))
    assert page["source"] == index["reports"][0]["source"]


def test_slugs_are_stable_and_a_cached_build_changes_nothing(site_all: Path, capsys) -> None:
    before = sorted(p.relative_to(site_all / "public").as_posix() for p in (site_all / "public").rglob("*") if p.is_file())
    capsys.readouterr()
    assert _build(site_all) == 0
    assert "0 files written" in capsys.readouterr().err
    after = sorted(p.relative_to(site_all / "public").as_posix() for p in (site_all / "public").rglob("*") if p.is_file())
    assert after == before


def test_the_default_scope_keeps_the_file_names(tmp_path: Path) -> None:
    ws = _workspace(tmp_path, None, outputs="html, json")
    assert _build(ws, "--no-cache") == 0
    index = json.loads((ws / "public/data/index.json").read_text(encoding="utf-8"))
    assert sorted(e["slug"] for e in index["reports"]) == ["interview-met-jan-peeters", "verslag_fatima_el_amrani",
                                                             "verslag_tenzin_dolma"]
    assert sorted(e["source"] for e in index["reports"]) == sorted(FILES)


def test_a_file_name_that_tells_nothing_more_than_the_title_stays(tmp_path: Path) -> None:
    ws = _workspace(tmp_path, "all", outputs="html, json")
    for name in FILES:
        (ws / "content" / name).unlink()
    shutil.copy(CORPUS / "012_drempels-weg.md", ws / "content/012_drempels-weg.md")
    assert _build(ws, "--no-cache") == 0
    (entry,) = json.loads((ws / "public/data/index.json").read_text(encoding="utf-8"))["reports"]
    assert (entry["slug"], entry["source"]) == ("012_drempels-weg", "012_drempels-weg.md")


def test_two_reports_with_one_title_clash_with_a_hint(tmp_path: Path, capsys) -> None:
    ws = _workspace(tmp_path, "all", outputs="html, json")
    shutil.copy(ws / "content/verslag_tenzin_dolma.txt", ws / "content/verslag_karma_dhondup.txt")
    assert _build(ws, "--no-cache") == 1
    err = capsys.readouterr().err
    assert "two reports would be published as" in err and "give one of the reports another title" in err
    assert len(list((ws / "public/verslagen").glob("*.html"))) == 2  # the other report is published


REPORT = """---
title: "{title}"
date: 2023-06-06
---

## Wat er is gebeurd in de sessie?

Jongeren praatten over vrijwilligerswerk in het jeugdhuis.

## Interessante quote(s) uit de sessie

> "Iedereen moet kunnen meedoen." – een deelnemer
"""


def test_watch_follows_a_renamed_source_and_leaves_no_orphan(tmp_path: Path) -> None:
    from perskamer.watch import Watcher, default_factory

    ws = tmp_path / "ws"
    (ws / "config").mkdir(parents=True)
    (ws / "content").mkdir()
    (ws / "config/perskamer.yaml").write_text("site:\n  title: Testcongres\noutputs: [html, json]\nanonymise:\n  scope: all\n",
                                               encoding="utf-8")
    (ws / "content/verslag-jan-peeters.md").write_text(REPORT.format(title="Sessie Alfa"), encoding="utf-8")
    watcher = Watcher(default_factory(ws / "config/perskamer.yaml"), log=lambda line: None)
    watcher.start()
    out = ws / "public"
    try:
        def change(action) -> None:
            before = watcher.count
            action()
            watcher.wait_for_rebuild(10.0, after=before)
            watcher.wait_idle(10.0)

        watcher.wait_idle(10.0)
        assert (out / "verslagen/sessie-alfa.html").is_file()
        change(lambda: os.rename(ws / "content/verslag-jan-peeters.md", ws / "content/verslag-fatima-amrani.md"))
        assert (out / "verslagen/sessie-alfa.html").is_file()  # same title, same slug
        change(lambda: (ws / "content/verslag-fatima-amrani.md").write_text(REPORT.format(title="Sessie Omega"), encoding="utf-8"))
        assert (out / "verslagen/sessie-omega.html").is_file()
        assert not (out / "verslagen/sessie-alfa.html").exists() and not (out / "data/sessie-alfa.json").exists()
        assert sorted(p.name for p in (out / "verslagen").iterdir()) == ["sessie-omega.html"]
        assert _leaks(out) == []
    finally:
        watcher.stop()


def test_the_rules_on_their_own() -> None:
    assert file_name_names("Verslag_Fatima_El_Amrani.docx") == ("Fatima El Amrani",)
    assert file_name_names("007_jeugdhuis-als-kruispunt.txt") == ()
    assert tells_more("interview-met-jan-peeters", "Interview met [persoon 1]")
    assert not tells_more("012_buurtsport-als_kapstok", "Buurtsport als kapstok")
    assert not tells_more("verslag-index", "Index")
    assert not tells_more("014_infrastructuur-delen", "Een gebouw, veel gebruikers")  # ordinary words
    assert not tells_more("jeugdhuis-gent-zomer", "Op kamp")  # ordinary words and a place name no one
    assert not tells_more("digitaal-jeugdwerk-na-corona", "Op kamp")  # "corona" is a first name somewhere, and a word
    assert tells_more("kamp-van-bakker", "Op kamp", {"bakker"})  # ... but not when the report masked it
    assert tells_more("verslag-janssens", "Op kamp")  # a surname that is no word
    assert tells_more("verslag-xqwyrtz", "Op kamp")  # a word no list knows
    assert tells_more("verslag-storm", "Op kamp", {"storm"})  # a name the report's anonymisation replaced
    text = '![Kampvuur](images/foto_lotte_de_fauw.png "x") en [bijlage](https://example.org/lotte.pdf)'
    assert neutral_link_targets(text, "Kamp") == '![Kampvuur](foto.png "x") en [bijlage](https://example.org/lotte.pdf)'
    assert neutral_link_targets("[tekst](kamp.pdf)", "Kamp") == "[tekst](kamp.pdf)"


def _add_source_named_output(ws: Path, artifact: str) -> None:
    """A workspace plugin output 'bron' that names each report's file after its source
    file (``name``), not its slug; ``artifact`` is the Artifact it returns."""
    (ws / "plugins").mkdir()
    (ws / "plugins/bron.py").write_text(
        "from pathlib import PurePosixPath\n"
        "from perskamer.hookspecs import hookimpl\n"
        "from perskamer.model import Artifact\n"
        "PLUGIN_NAME = 'bron'\n"
        "@hookimpl\n"
        "def perskamer_register_outputs():\n"
        "    return [('bron', 'one file per report, named after its source file')]\n"
        "@hookimpl\n"
        "def perskamer_render_report(report, context):\n"
        "    name = PurePosixPath(report.source).stem.lower()\n"
        f"    return [{artifact}]\n",
        encoding="utf-8",
    )
    cfg = ws / "config/perskamer.yaml"
    cfg.write_text(re.sub(r"(?m)^plugins:.*$", "plugins: [bron]", cfg.read_text(encoding="utf-8")), encoding="utf-8")


def test_the_guard_stops_an_output_that_names_a_file_after_the_source(tmp_path: Path, capsys) -> None:
    """Defence in depth: a (third-party) output that names a report's file after its source
    file, not its slug, would publish the name; the guard withholds that report."""
    ws = _workspace(tmp_path, "all", outputs="html, json, bron")
    _add_source_named_output(ws, "Artifact(f'bron/{name}.bin', b'\\x00', output='bron', scan_text='')")
    capsys.readouterr()
    assert _build(ws, "--no-cache") == 1
    assert "[rule: scope: all, name in a path]" in capsys.readouterr().err
    published = [p.relative_to(ws / "public").as_posix() for p in (ws / "public").rglob("*") if p.is_file()]
    assert not any(n in p.casefold() for p in published for n in NAMES), published


def test_a_report_without_title_named_after_a_person(tmp_path: Path) -> None:
    """The title is then made from the file name ("Interview met jan peeters"): its names
    are masked, and the warning that says so (published in the JSON, with the file)
    names neither the file nor the title."""
    ws = _workspace(tmp_path, "all", outputs="html, json")
    for name in FILES:
        (ws / "content" / name).unlink()
    (ws / "content/interview-met-jan-peeters.md").write_text(REPORT.replace('title: "{title}"\n', ""), encoding="utf-8")
    assert _build(ws, "--no-cache") == 0
    out = ws / "public"
    assert _leaks(out) == []
    (entry,) = json.loads((out / "data/index.json").read_text(encoding="utf-8"))["reports"]
    page = json.loads((out / f"data/{entry['slug']}.json").read_text(encoding="utf-8"))
    (warning,) = [p for p in page["problems"] if p["field"] == "title"]
    assert warning["file"] == entry["source"] == entry["slug"] + ".md"
    assert entry["title"].startswith("Interview met ") and not re.search(r"\bjan\b", entry["title"], re.I)


#: corpus reports under file names that name their credited speakers (default scope)
CREDITED_FILES = {
    "interview-wout-de-smet.txt": "001_engagement-op-maat.txt",
    "verslag_yasmina_el_khatib.txt": "003_tussen-de-mazen.txt",
    "gesprek-met-kato-verhaegen.md": "010_mentaal-welzijn-op-kamp.md",
}
CREDITED = ["wout", "smet", "yasmina", "khatib", "kato", "verhaegen"]


def _credited_workspace(base: Path, outputs: str) -> Path:
    ws = _workspace(base, None, outputs=outputs)
    for name in FILES:
        (ws / "content" / name).unlink()
    for name, fixture in CREDITED_FILES.items():
        shutil.copy(CORPUS / fixture, ws / "content" / name)
    return ws


def test_the_default_scope_names_no_withheld_speaker_in_a_path(tmp_path: Path) -> None:
    """A speaker credited to a label is named nowhere in the published report (default
    policy): not in its URL, file names, the JSON's source, the index or the digest
    either, when the report's file name names them."""
    ws = _credited_workspace(tmp_path, "html, json, digest")
    assert _build(ws, "--no-cache") == 0
    out = ws / "public"
    paths = [p.relative_to(out).as_posix().casefold() for p in out.rglob("*") if p.is_file()]
    assert not [p for p in paths for n in CREDITED if n in re.findall(r"[a-z]+", p)], paths
    index = json.loads((out / "data/index.json").read_text(encoding="utf-8"))
    assert len(index["reports"]) == 3
    for entry in index["reports"]:
        assert not any(n in re.findall(r"[a-z]+", entry["source"].casefold()) for n in CREDITED), entry
        assert entry["source"] == entry["slug"] + Path(entry["source"]).suffix
        assert re.match(r"0\d\d-", entry["slug"]) is None  # (no session number in these file names)
    for path in [*out.glob("verslagen/*.html"), *out.glob("data/*.json"), *out.glob("digest/*"), out / "index.html"]:
        text = _texts(path)
        assert not [n for n in CREDITED if re.search(rf"(?<![a-z]){n}(?![a-z])", text)], path


def test_the_guard_stops_an_output_that_names_a_withheld_speaker_in_a_path(tmp_path: Path, capsys) -> None:
    """Default scope: an output that names a report's file after its source file name,
    which names a withheld speaker, is stopped and the report withheld."""
    ws = _credited_workspace(tmp_path, "html, json, bron")
    _add_source_named_output(ws, "Artifact(f'bron/{name}.txt', report.source.encode(), output='bron')")
    capsys.readouterr()
    assert _build(ws, "--no-cache") == 1
    err = capsys.readouterr().err
    assert "[rule: withheld speaker, name in a path]" in err
    published = [p.relative_to(ws / "public").as_posix() for p in (ws / "public").rglob("*") if p.is_file()]
    assert not any(n in re.findall(r"[a-z]+", p.casefold()) for p in published for n in CREDITED), published


def test_series_codes_and_abbreviations_in_a_file_name_name_no_one(tmp_path: Path) -> None:
    """A file name of a number code and ordinary words ("k05_chat-jeugdhuis.md",
    "s2_workshop-jh.md") keeps its slug under ``scope: all``: a letter or an abbreviation
    of two is no name (it made title slugs that clashed, and reports withheld)."""
    assert file_name_names("k05_chat-jeugdhuis.md") == ()
    assert file_name_names("s2_workshop-jh.md") == ()
    assert not tells_more("k05_chat-jeugdhuis", "Iets anders")
    assert not tells_more("wg4_tienerwerking-ov", "Iets anders")
    assert tells_more("k05_interview-kwabena", "Iets anders")  # a name after a code still tells
    assert tells_more("jh_verslag-tenzin", "Iets anders")
    ws = _workspace(tmp_path, "all", outputs="html, json")
    for name in FILES:
        (ws / "content" / name).unlink()
    codes = ["k05_chat-jeugdhuis.md", "s2_workshop-jh.md", "wg4_tienerwerking-ov.md"]
    for name in codes:
        shutil.copy(CORPUS / "012_drempels-weg.md", ws / "content" / name)
    assert _build(ws, "--no-cache") == 0
    index = json.loads((ws / "public/data/index.json").read_text(encoding="utf-8"))
    assert sorted(e["source"] for e in index["reports"]) == sorted(codes)


ORG_SPEAKER_REPORT = """---
title: "{title}"
date: 2023-06-06
session: "Ronde {n}"
speakers:
  - "{speaker}"
status: published
---

## Wat er is gebeurd in de sessie? Wat hebben jullie gedaan/gehoord/beleefd? Omschrijf in 5 a 10 zinnen

De organisatie stelde haar werking voor aan een volle zaal.

## Interessante quote(s) uit de sessie

> "We zijn open op vrijdag en zaterdag, voor iedereen vanaf veertien."
"""


@pytest.mark.parametrize("scope", [None, "all"])
def test_an_organisation_credited_as_speaker_withholds_no_report_for_its_words_in_a_path(tmp_path: Path, scope) -> None:
    """The form's speakers field often holds an organisation ("Jeugdhuis X (Plaats)", a
    group whose name is ordinary words). Its cue and ordinary words name no one: a file
    name or title that shares them ("workshop-jeugdhuis-...", "lessen uit de ...") is
    published (the path guard once withheld such reports under the default scope), while
    a person's name among the speakers still changes the slug."""
    ws = _workspace(tmp_path, scope, outputs="html, json")
    for name in FILES:
        (ws / "content" / name).unlink()
    cases = {
        "workshop-jeugdhuis-de-kolk.md": ("Workshop over het jeugdhuis", "Jeugdhuis De Kolk (Lier)"),
        "lessen-uit-de-marge.md": ("Lessen uit de praktijk", "Uit De Marge"),
        "verslag-ronde-drie-kwabena.md": ("Vrijwilligers vinden", "Kwabena Mensah (Chiro Tielt)"),
    }
    for n, (name, (title, speaker)) in enumerate(cases.items(), 1):
        (ws / "content" / name).write_text(ORG_SPEAKER_REPORT.format(title=title, speaker=speaker, n=n), encoding="utf-8")
    assert _build(ws, "--no-cache") == 0
    index = json.loads((ws / "public/data/index.json").read_text(encoding="utf-8"))
    titles = sorted(e["title"] for e in index["reports"])
    assert titles == ["Lessen uit de praktijk", "Vrijwilligers vinden", "Workshop over het jeugdhuis"], titles
    paths = [p.relative_to(ws / "public").as_posix().casefold() for p in (ws / "public").rglob("*") if p.is_file()]
    assert not [p for p in paths if "kwabena" in p or "mensah" in p], paths

"""End to end: the sample workspace (the repo root) and the corpus, through the CLI."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from perskamer.cli import main
from perskamer.validation import load_schema

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(__file__).parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def sample_site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("public")
    code = main(["build", "--config", str(ROOT / "config/perskamer.yaml"), "--out", str(out), "--quiet"])
    assert code == 0
    return out


def test_sample_builds_every_report(sample_site):
    sources = sorted(p.name for p in (ROOT / "content").iterdir() if p.is_file())
    index = json.loads((sample_site / "data/index.json").read_text())
    assert sorted(r["source"] for r in index["reports"]) == sources


def test_json_output_matches_its_schema(sample_site):
    from jsonschema import Draft202012Validator

    validator = Draft202012Validator(load_schema("processed-report"))
    files = sorted((sample_site / "data").glob("*.json"))
    assert len(files) > 5
    for path in files:
        if path.name == "index.json":
            continue
        data = json.loads(path.read_text())
        errors = [e.message for e in validator.iter_errors(data)]
        assert errors == [], path.name


def test_seed_report_page_shows_sections_and_both_quotes(sample_site):
    page = (sample_site / "verslagen/000_vanuit-creatieve-projecten.html").read_text()
    assert "<h1" in page and "Vanuit creatieve projecten verschillende levensdomeinen omvatten" in page
    assert "6 juni 2023" in page
    for label in ("Wat er gebeurde", "De ambities", "Quotes", "Wat verraste", "Vragen en reacties"):
        assert f">{label}</h2>" in page
    assert page.count('<figure class="quote">') == 2
    assert "Ik heb op één teen twee teenagels" in page
    assert "We gaan jullie nu even in de stretch brengen, ik zeg het al op voorhand." in page


def test_pages_are_self_contained_and_accessible(sample_site):
    for page_path in sample_site.rglob("*.html"):
        if page_path.parent.name == "digest":  # e-mail HTML: a table layout, tested with the digest
            continue
        page = page_path.read_text()
        assert '<html lang="nl">' in page
        assert "<main" in page and "<header" in page and "<footer" in page
        assert page.count("<h1") == 1, page_path
        assert "http://" not in page.replace('href="http://', "")  # no external loads
        assert "@import" not in page
        # scripts: only the site's own files (the search box on the home page), none inline
        for script in page.split("<script")[1:]:
            src = re.search(r'src="([^"]+)"', script.split(">")[0])
            assert src and "//" not in src.group(1) and script.split(">", 1)[1].startswith("</script"), page_path
        for img in page.split("<img")[1:]:
            assert 'alt="' in img.split(">")[0] and 'alt=""' not in img.split(">")[0]


def test_site_links_to_the_pdfs_and_the_digest(sample_site):
    index = (sample_site / "index.html").read_text()
    assert 'href="pdf/verslagen.pdf"' in index and 'href="digest/index.html"' in index
    page = (sample_site / "verslagen/003_tussen-de-mazen.html").read_text()
    assert 'href="../pdf/003_tussen-de-mazen.pdf"' in page
    assert (sample_site / "pdf/003_tussen-de-mazen.pdf").read_bytes().startswith(b"%PDF")
    assert (sample_site / "pdf/verslagen.pdf").is_file() and (sample_site / "digest/digest.eml").is_file()


def test_photo_is_published_with_the_report(sample_site):
    page = (sample_site / "verslagen/010_mentaal-welzijn-op-kamp.html").read_text()
    assert 'src="../media/010_mentaal-welzijn-op-kamp.png"' in page
    assert (sample_site / "media/010_mentaal-welzijn-op-kamp.png").stat().st_size > 1000


def test_dutch_dates_and_labels_on_the_index(sample_site):
    index = (sample_site / "index.html").read_text()
    assert "6 juni 2023" in index and "Alle verslagen" in index


def test_build_any_folder_with_content_only(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("003_tussen-de-mazen.txt", "011_jongeren-aan-de-beleidstafel.md"):
        shutil.copy(CORPUS / name, folder / name)
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--content", str(folder)]) == 0
    assert (tmp_path / "public/verslagen/003_tussen-de-mazen.html").is_file()
    assert "2 reports built" in capsys.readouterr().out


def test_check_exits_non_zero_on_a_broken_report(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CORPUS / "003_tussen-de-mazen.txt", folder / "ok.txt")
    (folder / "kapot.md").write_text("---\ntitle: [unclosed\n---\n## Quotes\n> 'x'\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--content", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "kapot.md:2" in captured.err
    assert "1 of 2 reports OK" in captured.out
    assert not (tmp_path / "public").exists()  # check writes nothing


def test_build_reports_failure_but_publishes_the_rest(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(CORPUS / "003_tussen-de-mazen.txt", folder / "ok.txt")
    (folder / "binair.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "leeg.md").write_text("", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--content", str(folder)]) == 1
    captured = capsys.readouterr()
    assert "binair.txt" in captured.err and "leeg.md" in captured.err
    assert "Traceback" not in captured.err
    assert (tmp_path / "public/verslagen/ok.html").is_file()


def test_unknown_config_key_is_reported_with_line(tmp_path, monkeypatch, capsys):
    (tmp_path / "config").mkdir()
    (tmp_path / "config/perskamer.yaml").write_text("site:\n  title: X\noutptus: [html]\n")
    monkeypatch.chdir(tmp_path)
    assert main(["build"]) == 2
    err = capsys.readouterr().err
    assert "perskamer.yaml:3" in err and "did you mean 'outputs'" in err


def test_init_then_build(tmp_path, monkeypatch, capsys):
    ws = tmp_path / "ws"
    assert main(["init", str(ws)]) == 0
    assert main(["init", str(ws)]) == 2  # never overwrites a workspace
    monkeypatch.chdir(ws)
    assert main(["build"]) == 0
    assert (ws / "public/verslagen/voorbeeld-verslag.html").is_file()


def test_plugins_lists_builtins_with_hooks(capsys):
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "html" in out and "perskamer_render_report" in out and "built-in" in out


def _gold_for(source: str) -> dict | None:
    stem = source.rsplit(".", 1)[0]
    if stem.startswith("000_"):
        stem = "000_a6ef6140a8818d52"
    path = CORPUS / f"{stem}.gold.json"
    return json.loads(path.read_text()) if path.is_file() else None


def test_no_quoted_name_is_published(sample_site):
    """Every name the gold says occurs in a quote is gone from the published quotes."""
    checked = 0
    for path in sorted((sample_site / "data").glob("*.json")):
        if path.name == "index.json":
            continue
        data = json.loads(path.read_text())
        gold = _gold_for(data["source"])
        if gold is None:
            continue
        published = " ".join([q["text"] + " " + str(q["speaker"]) + " " + str(q["attribution"]) for q in data["quotes"]] + [data["sections"].get("quotes", "")])
        page = (sample_site / f"verslagen/{data['slug']}.html").read_text()
        quote_html = " ".join(part.split("</figure>")[0] for part in page.split('<figure class="quote">')[1:])
        for name in gold["quote_persons"]:
            for part in [name, *name.split()]:
                if len(part) < 3 or part.lower() in {"van", "de", "den", "der"}:
                    continue
                assert part not in published.split() and f" {part}" not in f" {published}", (data["source"], "json")
                assert part not in quote_html, (data["source"], "html")
        checked += 1
    assert checked >= 8


def test_json_points_at_the_photo_the_site_published(sample_site):
    for path in sorted((sample_site / "data").glob("*.json")):
        if path.name == "index.json":
            continue
        photo = json.loads(path.read_text())["photo"]
        if photo is not None:
            assert (sample_site / photo["src"]).is_file(), path.name
            assert photo["alt"]


def test_unknown_output_in_only_is_a_usage_error(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["build", "--config", str(ROOT / "config/perskamer.yaml"), "--out", str(tmp_path / "o"), "--only", "htm"]) == 2
    assert "did you mean 'html'" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_every_link_of_the_sample_site_leads_somewhere(sample_site):
    """The sample has no base_url: the site, the PDFs' pages and the digest's web pages link relatively."""
    checked = 0
    for page_path in sample_site.rglob("*.html"):
        page = page_path.read_text()
        for url in re.findall(r'(?:href|src)="([^"]+)"', page):
            if url.startswith(("#", "mailto:", "*|")) or re.match(r"^[a-z][a-z0-9+.-]*:", url):
                assert not url.startswith(("http://", "https://")) or "example.org" not in url, (page_path, url)
                continue
            target = (page_path.parent / url.split("#")[0]).resolve()
            assert target.is_file() and target.is_relative_to(sample_site.resolve()), (page_path.relative_to(sample_site), url)
            checked += 1
    assert checked > 100

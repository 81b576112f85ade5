"""A report cannot make WeasyPrint load, embed or attach anything.

Two walls, each tested on its own: the HTML meant for WeasyPrint is checked for
anything that loads (:mod:`perskamer.plugins.output_pdf.safety`), and WeasyPrint's
only URL fetcher serves the report's own photo, files under the asset folder and
small data: URIs (:mod:`perskamer.plugins.output_pdf.fetcher`). A local HTTP server
on 127.0.0.1 counts the requests that reach it: it must count none.
"""

from __future__ import annotations

import base64
import http.server
import io
import os
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from test_output_pdf import corpus_report, make_context, pdf_text, render, squash

from perskamer.model import Photo, Quote
from perskamer.plugins.output_pdf import printview
from perskamer.plugins.output_pdf.safety import UnsafeHTML, check_print_html

PNG_1PX = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


@pytest.fixture
def server():
    """An HTTP server on 127.0.0.1 that records every request (and serves a stylesheet and an image)."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            hits.append(self.path)
            body, kind = (b"body { color: red }", "text/css") if self.path.endswith(".css") else (PNG_1PX, "image/png")
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)
    thread.start()
    httpd.hits = hits
    httpd.url = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield httpd
    httpd.shutdown()


def attachments(data: bytes) -> dict:
    reader = PdfReader(io.BytesIO(data))
    names = reader.trailer["/Root"].get("/Names")
    found = dict(reader.attachments)
    if names is not None and "/EmbeddedFiles" in names.get_object():
        found["<EmbeddedFiles>"] = True
    for page in reader.pages:
        for annot in page.get("/Annots") or []:
            if annot.get_object().get("/Subtype") == "/FileAttachment":
                found["<FileAttachment annotation>"] = True
    return found


# --- the HTML check ------------------------------------------------------------------------------


@pytest.mark.parametrize("html", [
    '<link rel="stylesheet" href="x.css">',
    "<style>@import url(http://127.0.0.1/x.css);</style>",
    '<object data="file:///etc/passwd"></object>',
    '<embed src="file:///etc/passwd">',
    '<iframe src="http://127.0.0.1/"></iframe>',
    '<a rel="attachment" href="file:///etc/passwd">x</a>',
    '<a rel="noopener Attachment" href="x">x</a>',
    '<link rel=attachment href="file:///etc/passwd">',
    '<img src="http://127.0.0.1/x.png">',
    '<p style="background: url(http://127.0.0.1/x.png)">x</p>',
    "<script>alert(1)</script>",
    '<base href="http://127.0.0.1/">',
    '<svg><image href="file:///etc/passwd"/></svg>',
    '<video poster="http://127.0.0.1/x.png"></video>',
    '<meta http-equiv="refresh" content="0; url=http://127.0.0.1/">',
])
def test_html_that_loads_or_embeds_is_refused(html):
    with pytest.raises(UnsafeHTML):
        check_print_html(f"<p>Verslag</p>{html}", allowed_srcs={"media/foto.jpg"})


def test_escaped_markup_and_the_own_photo_pass():
    check_print_html('<p>&lt;link rel="attachment" href="file:///etc/passwd"&gt;</p><img src="media/foto.jpg" alt="x">',
                     allowed_srcs={"media/foto.jpg"})


# --- the URL fetcher -------------------------------------------------------------------------------


@pytest.fixture
def fetcher(tmp_path):
    from perskamer.plugins.output_pdf.fetcher import SafeURLFetcher

    root = tmp_path / "assets"
    (root / "sub").mkdir(parents=True)
    (root / "ok.png").write_bytes(PNG_1PX)
    (tmp_path / "secret.txt").write_text("geheim", encoding="utf-8")
    (root / "link-out").symlink_to(tmp_path / "secret.txt")
    (root / "zero").symlink_to("/dev/zero")
    os.mkfifo(root / "fifo")
    return SafeURLFetcher([root], files={"media/foto.jpg": (PNG_1PX, "image/png")}, max_data_bytes=1000), root


def test_fetcher_serves_the_photo_files_under_the_folder_and_small_data_uris(fetcher):
    f, root = fetcher
    assert f.fetch((root / "media" / "foto.jpg").as_uri()).read() == PNG_1PX
    assert f.fetch((root / "ok.png").as_uri()).read() == PNG_1PX
    assert f.fetch("data:image/png;base64," + base64.b64encode(PNG_1PX).decode()).read() == PNG_1PX


ATTACKS = {
    "http": lambda root, srv: f"{srv.url}/x.png",
    "https": lambda root, srv: f"{srv.url.replace('http', 'https')}/x.png",
    "ftp": lambda root, srv: "ftp://127.0.0.1/x",
    "etc-passwd": lambda root, srv: "file:///etc/passwd",
    "dev-zero": lambda root, srv: "file:///dev/zero",
    "symlink-to-dev-zero": lambda root, srv: (root / "zero").as_uri(),
    "fifo": lambda root, srv: (root / "fifo").as_uri(),
    "symlink-out": lambda root, srv: (root / "link-out").as_uri(),
    "dotdot": lambda root, srv: root.as_uri() + "/../secret.txt",
    "dotdot-deeper": lambda root, srv: root.as_uri() + "/sub/../../secret.txt",
    "dotdot-via-photo-folder": lambda root, srv: root.as_uri() + "/media/../../secret.txt",
    "file-on-a-host": lambda root, srv: "file://127.0.0.1" + str(root / "ok.png"),
    "data-html": lambda root, srv: "data:text/html;base64,PHA+aGk8L3A+",
    "data-too-big": lambda root, srv: "data:image/png;base64," + "A" * 5000,
    "javascript": lambda root, srv: "javascript:alert(1)",
    "relative": lambda root, srv: "relative/path.png",
}


@pytest.mark.parametrize("make_url", list(ATTACKS.values()), ids=list(ATTACKS))
def test_fetcher_refuses_everything_else_without_a_request(fetcher, server, make_url):
    from perskamer.plugins.output_pdf.fetcher import BlockedURL

    f, root = fetcher
    with pytest.raises(BlockedURL):
        f.fetch(make_url(root, server))
    assert f.refused
    assert server.hits == []


@pytest.mark.slow
def test_weasyprint_itself_loads_nothing_but_what_the_fetcher_allows(tmp_path, server):
    """Even HTML that skipped the check (a bug, a template override) gets nothing."""
    from perskamer.plugins.output_pdf import engine

    context = make_context(tmp_path, outputs=("pdf",))
    (tmp_path / "secret.txt").write_text("root:x:0:0 GEHEIM", encoding="utf-8")
    settings = printview.settings(context, [])
    u = server.url
    html = f"""<!doctype html><html lang="nl"><head><title>Aanval</title>
<link rel="stylesheet" href="{u}/a.css"><link rel="attachment" href="file:///etc/passwd">
<link rel="attachment" href="{(tmp_path / 'secret.txt').as_uri()}">
<style>@import url({u}/b.css); @font-face {{ font-family: X; src: url({u}/f.ttf) }}
body {{ background: url({u}/bg.png) }} p {{ background: url(file:///dev/zero) }}</style></head>
<body><p>Tekst</p><img src="{u}/i.png"><img src="file:///etc/passwd"><img src="../secret.txt">
<object data="file:///etc/passwd"></object><embed src="{u}/e.pdf"><iframe src="{u}/frame"></iframe>
<a rel="attachment" href="file:///etc/passwd">bijlage</a><a rel="attachment" href="{u}/att">bijlage 2</a>
<svg width="10" height="10"><image href="{u}/svg.png" width="10" height="10"/></svg></body></html>"""
    document = engine.render_document(html, settings)
    data = engine.write(document, settings, b"x")
    assert server.hits == []
    assert attachments(data) == {}
    assert b"root:x:0:0" not in data and b"GEHEIM" not in data
    assert len(document.perskamer_fetcher.refused) >= 8


@pytest.mark.slow
def test_a_report_trying_every_trick_leaks_nothing_into_its_pdf(tmp_path, server):
    context = make_context(tmp_path, outputs=("pdf",))
    (tmp_path / "secret.txt").write_text("root:x:0:0 GEHEIM", encoding="utf-8")
    u = server.url
    tricks = "\n\n".join([
        f'<link rel="stylesheet" href="{u}/a.css">',
        f"<style>@import url({u}/b.css);</style>",
        '<object data="file:///etc/passwd"></object>',
        f'<embed src="{u}/e.pdf"> <iframe src="{u}/f"></iframe>',
        '<a rel="attachment" href="file:///etc/passwd">bijlage</a>',
        f"![beeld]({u}/md.png) ![lokaal](file:///etc/passwd) ![terug](../secret.txt)",
        f"[bijlage]({u}/att){{rel=attachment}} <{u}/autolink>",
    ])
    report = corpus_report("012_drempels-weg")
    for sid in ("summary", "surprise", "questions", "photo"):
        report.sections[sid] = tricks
    report.title = f'Titel <link rel="attachment" href="file:///etc/passwd"> <img src="{u}/t.png">'
    report.meta["session"] = f'<object data="{u}/o">'
    report.quotes.append(Quote(f'<a rel="attachment" href="file:///etc/passwd">citaat</a> <img src="{u}/q.png">',
                               attribution=f'<iframe src="{u}/q">'))
    for src in ("../secret.txt", "/etc/passwd", f"{u}/photo.png", "file:///etc/passwd", "/dev/zero"):
        report.photo = Photo(alt="x", src=src)
        artifact = render([report], context)["pdf/012_drempels-weg.pdf"]
        assert server.hits == []
        assert attachments(artifact.data) == {}
        assert b"root:x:0:0" not in artifact.data and b"GEHEIM" not in artifact.data
        assert not any(page.images for page in PdfReader(io.BytesIO(artifact.data)).pages)
        text = " ".join(pdf_text(artifact.data))
        assert "GEHEIM" not in text
        # The tricks are printed as the text they are, harmlessly.
        assert "&lt;link" in artifact.scan_text and "<link" not in artifact.scan_text
        assert "&lt;link" not in text and "<link rel=" in squash(text)
        from perskamer.plugins.output_pdf import printer

        printer._DONE.clear()
    assert any("photo not published" in p.message for p in report.problems)


def test_the_print_html_of_a_hostile_report_passes_the_check(tmp_path):
    """markdown_to_html escapes raw HTML and drops images; the templates escape the rest."""
    context = make_context(tmp_path, outputs=("pdf",))
    report = corpus_report("012_drempels-weg")
    report.sections["summary"] = '<link rel="attachment" href="file:///etc/passwd">\n\n<style>x{}</style>\n\n![x](http://127.0.0.1/x.png)'
    report.title = "<object data='x'>"
    job = printview.report_job(report, context)  # raises UnsafeHTML if anything got through
    assert "&lt;link" in job.html and "<link" not in job.html and "<object" not in job.html


def test_stylesheet_option_outside_the_workspace_is_refused(tmp_path):
    (tmp_path / "elders.css").write_text("body { color: red }", encoding="utf-8")
    ws = tmp_path / "ws"
    ws.mkdir()
    context = make_context(ws, outputs=("pdf",), pdf={"stylesheet": "../elders.css"})
    problems = []
    settings = printview.settings(context, problems)
    assert len(settings.stylesheets) == 1 and problems and problems[0].field == "pdf.stylesheet"


def test_own_stylesheet_is_used_and_its_folder_becomes_an_asset_folder(tmp_path):
    (tmp_path / "huisstijl").mkdir()
    (tmp_path / "huisstijl" / "print.css").write_text("h1 { color: #c00 }", encoding="utf-8")
    context = make_context(tmp_path, outputs=("pdf",), pdf={"stylesheet": "huisstijl/print.css"})
    settings = printview.settings(context, [])
    assert settings.stylesheets[-1] == "h1 { color: #c00 }"
    assert Path(settings.roots[-1]) == (tmp_path / "huisstijl").resolve()

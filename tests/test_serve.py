"""``perskamer serve``: the preview server, its safety, live reload and the error banner."""

from __future__ import annotations

import http.client
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_watch import BROKEN_MD, make_workspace, report_md, write

from perskamer.serve import PreviewServer
from perskamer.watch import Watcher, default_factory


def get(server: PreviewServer, path: str, method: str = "GET") -> tuple[int, dict[str, str], bytes]:
    host, port = server.address
    conn = http.client.HTTPConnection(host, port, timeout=5)
    conn.request(method, path)
    response = conn.getresponse()
    body = response.read()
    conn.close()
    return response.status, {k.lower(): v for k, v in response.getheaders()}, body


def raw_get(server: PreviewServer, path: str) -> bytes:
    """A request line exactly as given (no client-side normalisation)."""
    with socket.create_connection(server.address, timeout=5) as sock:
        sock.sendall(f"GET {path} HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n".encode())
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return data


class EventStream:
    """A minimal Server-Sent Events client with bounded reads."""

    def __init__(self, server: PreviewServer):
        host, port = server.address
        self.conn = http.client.HTTPConnection(host, port, timeout=10)
        self.conn.request("GET", "/__perskamer/events")
        self.response = self.conn.getresponse()
        assert self.response.status == 200
        assert self.response.getheader("Content-Type") == "text/event-stream"

    def next(self, timeout: float = 10.0, want: str | None = None) -> tuple[str, dict]:
        deadline = time.monotonic() + timeout
        event, data = None, None
        while time.monotonic() < deadline:
            line = self.response.fp.readline().decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                data = json.loads(line[6:])
            elif line == "" and event is not None:
                if want is None or event == want:
                    return event, data
                event, data = None, None
        raise TimeoutError(f"no {want or 'event'} within {timeout} s")

    def close(self) -> None:
        self.conn.close()


@pytest.fixture
def site(tmp_path):
    root = tmp_path / "public"
    (root / "verslagen").mkdir(parents=True)
    (root / "index.html").write_text("<!doctype html><html><body><h1>Index</h1></body></html>", encoding="utf-8")
    (root / "verslagen/a.html").write_text("<html><BODY>A</BODY></html>", encoding="utf-8")
    (root / "data.json").write_text('{"a": 1}', encoding="utf-8")
    (root / ".perskamer-manifest.json").write_text("{}", encoding="utf-8")
    (tmp_path / "geheim.txt").write_text("geheim", encoding="utf-8")
    os.symlink(tmp_path / "geheim.txt", root / "link.txt")
    return root


@pytest.fixture
def server(site):
    s = PreviewServer(site, port=0).start()
    yield s
    s.stop()


def test_serves_the_output_folder_on_localhost_only(server, site):
    assert server.address[0] == "127.0.0.1"
    status, headers, body = get(server, "/")
    assert status == 200 and headers["content-type"] == "text/html; charset=utf-8"
    assert b"<h1>Index</h1>" in body
    status, headers, body = get(server, "/data.json")
    assert status == 200 and body == b'{"a": 1}' and headers["cache-control"] == "no-store"
    status, _, body = get(server, "/verslagen/a.html", method="HEAD")
    assert status == 200 and body == b""
    with pytest.raises(ValueError):
        PreviewServer(site, port=0, host="0.0.0.0")


def get_as(server: PreviewServer, host_header: str) -> int:
    host, port = server.address
    conn = http.client.HTTPConnection(host, port, timeout=5)
    conn.putrequest("GET", "/index.html", skip_host=True)
    conn.putheader("Host", host_header)
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    return status


def test_only_local_host_names_are_answered_against_dns_rebinding(server):
    port = server.address[1]
    for ok in (f"127.0.0.1:{port}", f"localhost:{port}", "localhost", f"[::1]:{port}", f"LOCALHOST.:{port}"):
        assert get_as(server, ok) == 200, ok
    for bad in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}", f"localhost:{port + 1}", ""):
        assert get_as(server, bad) == 421, bad


def test_live_reload_script_is_injected_into_responses_only(server, site):
    on_disk = (site / "verslagen/a.html").read_bytes()
    _, _, body = get(server, "/verslagen/a.html")
    assert re.search(rb'<script src="/__perskamer/live.js" data-generation="\d+" defer></script></BODY>', body)
    assert (site / "verslagen/a.html").read_bytes() == on_disk
    _, _, body = get(server, "/data.json")
    assert b"live.js" not in body
    status, headers, body = get(server, "/__perskamer/live.js")
    assert status == 200 and headers["content-type"].startswith("text/javascript") and b"EventSource" in body


@pytest.mark.parametrize(
    "path",
    [
        "/../geheim.txt",
        "/verslagen/../../geheim.txt",
        "/%2e%2e/geheim.txt",
        "/verslagen/%2E%2E/%2e%2e/geheim.txt",
        "/..%2fgeheim.txt",
        "/link.txt",
        "/.perskamer-manifest.json",
        "/%00index.html",
        "/..\\geheim.txt",
        "//etc/passwd",
    ],
)
def test_no_way_out_of_the_output_folder(server, path):
    response = raw_get(server, path)
    assert response.startswith(b"HTTP/1.0 404") or response.startswith(b"HTTP/1.0 400"), response[:80]
    assert b"geheim" not in response.split(b"\r\n\r\n", 1)[-1] and b"root:" not in response


def test_folders_redirect_and_serve_their_index(server, site):
    (site / "thema").mkdir()
    (site / "thema/index.html").write_text("<html><body>Thema's</body></html>")
    status, headers, _ = get(server, "/thema")
    assert status == 301 and headers["location"] == "/thema/"
    status, _, body = get(server, "/thema/")
    assert status == 200 and b"Thema's" in body
    status, _, body = get(server, "/nog-niet-gebouwd.html")
    assert status == 404 and b"live.js" in body  # the page reloads itself once it exists


def test_event_stream_says_hello_and_pushes_reloads(server):
    stream = EventStream(server)
    try:
        event, data = stream.next(want="hello")
        assert data["status"]["ok"] is True
        server.notify(3, ["verslagen/a.html", "index.html"], {"ok": True, "problems": [], "error": None})
        event, data = stream.next(want="reload")
        assert data == {"generation": 3, "paths": ["verslagen/a.html", "index.html"]}
        server.notify(0, [], {"ok": False, "problems": ["a.md:4: error: kapot"], "error": None})
        event, data = stream.next(want="status")
        assert data["ok"] is False and data["problems"] == ["a.md:4: error: kapot"]
    finally:
        stream.close()


def test_stop_ends_open_event_streams(site):
    server = PreviewServer(site, port=0).start()
    stream = EventStream(server)
    stream.next(want="hello")
    started = time.monotonic()
    server.stop()
    assert time.monotonic() - started < 5
    stream.close()


def test_watch_and_serve_push_reloads_and_the_error_banner(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    watcher = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    server = PreviewServer(ws / "public", port=0)
    server.attach(watcher)
    server.start()
    watcher.start()
    stream = EventStream(server)
    try:
        _, hello = stream.next(want="hello")
        assert hello["generation"] == watcher.count == 1
        _, _, body = get(server, "/verslagen/a.html")
        assert b'data-generation="1"' in body

        write(ws / "content/a.md", report_md("Sessie Alfa herzien"))
        _, data = stream.next(want="reload")
        while "verslagen/a.html" not in data["paths"] and all(p.startswith("zoek/") for p in data["paths"]):
            _, data = stream.next(want="reload")  # the first build's slow lane (the search index) came in first
        assert "verslagen/a.html" in data["paths"] and "index.html" in data["paths"]
        assert b"Sessie Alfa herzien" in get(server, "/verslagen/a.html")[2]

        write(ws / "content/a.md", BROKEN_MD)
        _, status = stream.next(want="status")
        while status["ok"]:
            _, status = stream.next(want="status")
        assert any("a.md:4" in p for p in status["problems"])
        assert json.loads(get(server, "/__perskamer/status")[2])["status"]["ok"] is False

        write(ws / "content/a.md", report_md("Sessie Alfa hersteld"))
        _, status = stream.next(want="status")
        while not status["ok"]:
            _, status = stream.next(want="status")
    finally:
        stream.close()
        watcher.stop()
        server.stop()


def test_serve_command_runs_until_interrupted(tmp_path):
    ws = make_workspace(tmp_path / "ws")
    perskamer = Path(sys.executable).parent / "perskamer"
    # A test run started in the background (`make test &`, nohup) inherits an ignored
    # SIGINT; give the server the default so that Ctrl-C is what it gets.
    proc = subprocess.Popen([str(perskamer), "serve", "--port", "0"], cwd=ws, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        url = None
        lines = []
        deadline = time.monotonic() + 30
        while url is None and time.monotonic() < deadline:
            line = proc.stderr.readline()
            if not line:
                break
            lines.append(line)
            m = re.search(r"preview on (http://127\.0\.0\.1:\d+/)", line)
            if m:
                url = m.group(1)
        assert url, "".join(lines)
        host, port = url[len("http://") : -1].split(":")
        deadline = time.monotonic() + 30
        while True:
            conn = http.client.HTTPConnection(host, int(port), timeout=5)
            conn.request("GET", "/index.html")
            response = conn.getresponse()
            body = response.read()
            if response.status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert response.status == 200 and b"Sessie Alfa" in body
        # The first Ctrl-C finishes pending slow outputs (the search index...): interrupt
        # once they are written, so the stop itself is what is timed.
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            conn = http.client.HTTPConnection(host, int(port), timeout=5)
            conn.request("GET", "/__perskamer/status")
            status = json.loads(conn.getresponse().read())["status"]
            if not status.get("slow_pending"):
                break
            time.sleep(0.2)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
        assert proc.returncode == 0, err
        assert "stopped" in err
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert not list(ws.rglob(".tmp-*"))

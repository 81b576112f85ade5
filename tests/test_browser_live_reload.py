"""End to end in a real browser: edit a report on disk, the open page reloads by itself.

Debian's ``chromium`` runs headless and is driven over the DevTools protocol (a
websocket; ``websocket-client`` is in the test extras), so nothing is downloaded at
run time. Outside CI the test is skipped when chromium is missing; in CI (``CI=true``,
where ``.ci/run`` installs it) it must run.
"""

from __future__ import annotations

import itertools
import json
import os
import shutil
import subprocess
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from test_watch import BROKEN_MD, make_workspace, report_md, write

from perskamer.serve import PreviewServer
from perskamer.watch import Watcher, default_factory

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--remote-debugging-address=127.0.0.1",
    "--remote-debugging-port=0",
]


def need_chromium() -> str:
    if CHROMIUM:
        return CHROMIUM
    message = "Debian's chromium is not installed: run 'apt-get update && apt-get install -y chromium' (CI installs it in .ci/run)"
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


class DevTools:
    """Just enough of the Chrome DevTools protocol: commands, and events collected as they come."""

    def __init__(self, ws_url: str):
        import websocket  # websocket-client

        self.ws = websocket.create_connection(ws_url, timeout=10, suppress_origin=True)
        self.ids = itertools.count(1)
        self.events: list[dict[str, Any]] = []

    def send(self, method: str, params: dict[str, Any] | None = None, timeout: float = 10.0) -> dict[str, Any]:
        msg_id = next(self.ids)
        self.ws.send(json.dumps({"id": msg_id, "method": method, "params": params or {}}))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            message = self._recv(deadline)
            if message is not None and message.get("id") == msg_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
        raise TimeoutError(method)

    def _recv(self, deadline: float) -> dict[str, Any] | None:
        import websocket

        self.ws.settimeout(max(0.05, min(1.0, deadline - time.monotonic())))
        try:
            message = json.loads(self.ws.recv())
        except websocket.WebSocketTimeoutException:
            return None
        if "method" in message:
            self.events.append(message)
        return message

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self._recv(deadline)

    def wait_for(self, method: str, since: int, timeout: float = 15.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for event in self.events[since:]:
                if event["method"] == method:
                    return event
            self._recv(deadline)
        raise TimeoutError(method)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        return result.get("result", {}).get("value")

    def wait_until(self, expression: str, timeout: float = 15.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                value = self.evaluate(expression)
            except (RuntimeError, TimeoutError):
                value = None  # the page is between two documents
            if value:
                return value
            self.pump(0.1)
        raise TimeoutError(expression)

    def console_errors(self) -> list[str]:
        errors = []
        for event in self.events:
            method, params = event["method"], event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                errors.append(params.get("exceptionDetails", {}).get("text", "exception"))
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(f"{params['entry'].get('text', '')} ({params['entry'].get('url', '')})")
        return errors

    def close(self) -> None:
        self.ws.close()


def start_chromium(binary: str, profile: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([binary, *FLAGS, f"--user-data-dir={profile}", "about:blank"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port_file = profile / "DevToolsActivePort"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if port_file.is_file() and port_file.read_text().strip():
            port = int(port_file.read_text().split()[0])
            break
        if proc.poll() is not None:
            raise RuntimeError(f"chromium exited with {proc.returncode}")
        time.sleep(0.1)
    else:
        proc.kill()
        raise TimeoutError("chromium did not open its DevTools port")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=5) as response:
            targets = json.loads(response.read())
        pages = [t for t in targets if t.get("type") == "page"]
        if pages:
            return proc, pages[0]["webSocketDebuggerUrl"]
        time.sleep(0.1)
    proc.kill()
    raise TimeoutError("no page target in chromium")


def stop_chromium(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


def test_page_reloads_itself_after_an_edit_on_disk(tmp_path):
    binary = need_chromium()
    ws = make_workspace(tmp_path / "ws")
    watcher = Watcher(default_factory(ws / "config" / "perskamer.yaml"), log=lambda line: None)
    server = PreviewServer(ws / "public", port=0)
    server.attach(watcher)
    server.start()
    watcher.start()
    page_on_disk = (ws / "public/verslagen/a.html").read_bytes()
    proc, ws_url = start_chromium(binary, tmp_path / "profile")
    tools = None
    try:
        tools = DevTools(ws_url)
        for domain in ("Page", "Runtime", "Log"):
            tools.send(f"{domain}.enable")
        mark = len(tools.events)
        tools.send("Page.navigate", {"url": server.url + "verslagen/a.html"})
        tools.wait_for("Page.loadEventFired", mark)
        assert "Sessie Alfa" in tools.evaluate("document.querySelector('h1').textContent")
        deadline = time.monotonic() + 15
        while server.clients < 1 and time.monotonic() < deadline:  # the page's event stream is open
            tools.pump(0.1)
        assert server.clients >= 1
        tools.evaluate("window.__nietHerladen = true")

        # edit the report on disk: the page reloads by itself and shows the change
        mark = len(tools.events)
        write(ws / "content/a.md", report_md("Sessie Alfa, live bijgewerkt", body="Deze zin kwam er net bij."))
        tools.wait_for("Page.loadEventFired", mark, timeout=20)
        tools.wait_until("document.body && document.body.innerText.includes('Deze zin kwam er net bij.')")
        assert tools.evaluate("window.__nietHerladen === undefined"), "the page was reloaded, not patched"
        assert "live bijgewerkt" in tools.evaluate("document.querySelector('h1').textContent")

        # a broken report: the banner says what and where, the page keeps its last good version
        write(ws / "content/a.md", BROKEN_MD)
        banner = tools.wait_until("(document.getElementById('perskamer-preview-banner') || {}).textContent")
        assert "a.md:4" in banner and "duplicate key" in banner
        assert "Deze zin kwam er net bij." in tools.evaluate("document.body.innerText")

        # fixed: the banner goes and the page shows the fix
        write(ws / "content/a.md", report_md("Sessie Alfa hersteld"))
        tools.wait_until("!document.getElementById('perskamer-preview-banner') && document.querySelector('h1').textContent.includes('hersteld')")

        # a report no ambition is sure about: a note lists its suggested ambition (issue 15), no error banner
        write(ws / "content/vaag.md", report_md("Een avond in de gemeente",
                                                body="We praatten met de schepen en de jeugdconsulent over advies en beleid."))
        note = tools.wait_until("((document.getElementById('perskamer-preview-suggestions') || {}).textContent || '')"
                                ".includes('vaag.md') && document.getElementById('perskamer-preview-suggestions').textContent")
        assert "De stem van kinderen" in note and "ambitions_override" in note
        assert tools.evaluate("!document.getElementById('perskamer-preview-banner')")

        if os.environ.get("PERSKAMER_SCREENSHOT"):
            import base64

            shot = tools.send("Page.captureScreenshot", {"format": "png"})
            Path(os.environ["PERSKAMER_SCREENSHOT"]).write_bytes(base64.b64decode(shot["data"]))
        tools.pump(0.3)
        assert tools.console_errors() == []
    finally:
        if tools is not None:
            tools.close()
        stop_chromium(proc)
        watcher.stop()
        server.stop()
    # the script lives only in what the server sends, never in the files
    assert b"live.js" not in (ws / "public/verslagen/a.html").read_bytes()
    assert b"live.js" not in page_on_disk

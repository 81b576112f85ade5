"""The sample site in a real browser: an accessibility check with axe-core on the pages
people land on, and the search box (Pagefind's UI) finding a report.

Chromium is driven as in ``test_browser_live_reload.py``. axe-core comes from the npm
registry, pinned in ``tests/browser/package.json`` (``.ci/run`` and ``make browser-deps``
install it); without it, or without chromium or the Pagefind binary, the test is skipped
with the command that installs what is missing (in CI, where everything is installed,
it fails instead).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from test_browser_live_reload import DevTools, need_chromium, start_chromium, stop_chromium

from perskamer.cli import main
from perskamer.plugins.output_html.search import pagefind_binary
from perskamer.serve import PreviewServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[1]
AXE = Path(__file__).parent / "browser" / "node_modules" / "axe-core" / "axe.min.js"
AXE_INSTALL = "npm ci --prefix tests/browser (or: make browser-deps)"

#: The pages the check covers: the home page, a report, a theme and the digest preview.
PAGES = {
    "home": "index.html",
    "report": "verslagen/010_mentaal-welzijn-op-kamp.html",
    "theme": "thema/mentaal-welzijn.html",
    "digest": "digest/index.html",
}


def need(condition: bool, message: str) -> None:
    if condition:
        return
    if os.environ.get("CI") == "true":
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    binary = need_chromium()
    need(AXE.is_file(), f"axe-core is not installed: run '{AXE_INSTALL}'")
    need(pagefind_binary() is not None, "the Pagefind binary is not installed: run \".venv/bin/pip install 'pagefind[bin]'\"")
    out = tmp_path_factory.mktemp("site")
    code = main(["build", "--config", str(ROOT / "config/perskamer.yaml"), "--out", str(out), "--only", "html,json,digest", "--quiet", "--no-cache"])
    assert code == 0
    server = PreviewServer(out, port=0)
    server.start()
    proc, ws_url = start_chromium(binary, tmp_path_factory.mktemp("profile"))
    tools = DevTools(ws_url)
    try:
        for domain in ("Page", "Runtime", "Log", "Network"):
            tools.send(f"{domain}.enable")
        yield tools, server, out
    finally:
        tools.close()
        stop_chromium(proc)
        server.stop()


def open_page(tools: DevTools, url: str, scheme: str = "light", width: int = 1280) -> None:
    tools.send("Emulation.setDeviceMetricsOverride", {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 500})
    tools.send("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
    mark = len(tools.events)
    tools.send("Page.navigate", {"url": url})
    tools.wait_for("Page.loadEventFired", mark, timeout=20)


def run_axe(tools: DevTools) -> list[dict[str, Any]]:
    """axe-core's violations on the open page (every rule axe runs by default)."""
    if not tools.evaluate("typeof window.axe === 'object'"):
        tools.send("Runtime.evaluate", {"expression": AXE.read_text(encoding="utf-8")}, timeout=20)
    result = tools.send(
        "Runtime.evaluate",
        {
            "expression": "axe.run(document, {resultTypes: ['violations']}).then(r => JSON.stringify(r.violations))",
            "awaitPromise": True,
            "returnByValue": True,
        },
        timeout=60,
    )
    return json.loads(result["result"]["value"])


def summary(violations: list[dict[str, Any]]) -> list[str]:
    return [f"{v['id']} ({v['impact']}): {v['help']} -- {[n['target'] for n in v['nodes'][:3]]}" for v in violations]


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("page", list(PAGES))
def test_no_serious_accessibility_violations(browser, page, scheme):
    tools, server, _out = browser
    open_page(tools, server.url + PAGES[page], scheme)
    violations = run_axe(tools)
    serious = [v for v in violations if v.get("impact") in ("serious", "critical")]
    assert serious == [], "\n".join(summary(serious))


def test_search_finds_a_report_through_the_pagefind_ui(browser):
    tools, server, _out = browser
    mark = len(tools.events)
    open_page(tools, server.url + "index.html")
    tools.wait_until("!!document.querySelector('#zoeken:not([hidden]) .pagefind-ui__search-input')")

    def search(term: str) -> list[dict[str, str]]:
        tools.evaluate(
            "(() => { const i = document.querySelector('.pagefind-ui__search-input');"
            f" i.value = {json.dumps(term)}; i.dispatchEvent(new Event('input', {{bubbles: true}})); }})()"
        )
        tools.wait_until("document.querySelector('.pagefind-ui__message') && !document.querySelector('.pagefind-ui__message').textContent.includes('…')", timeout=20)
        tools.pump(0.5)
        return tools.evaluate("[...document.querySelectorAll('.pagefind-ui__result-link')].map(a => ({title: a.textContent, href: a.href}))") or []

    # a word that occurs in one report only (the "zorgenbrievenbus" of the camp report)
    found = search("zorgenbrievenbus")
    assert [r["title"] for r in found] == ["Heimwee, paniek en stille kinderen: mentaal welzijn op kamp"]
    assert found[0]["href"] == server.url + PAGES["report"]
    status = tools.send("Runtime.evaluate", {"expression": f"fetch({json.dumps(found[0]['href'])}).then(r => r.status)", "awaitPromise": True, "returnByValue": True})
    assert status["result"]["value"] == 200

    # the page with results and filters open passes the accessibility check too
    serious = [v for v in run_axe(tools) if v.get("impact") in ("serious", "critical")]
    assert serious == [], "\n".join(summary(serious))

    # Dutch stemming: the plural finds the singular ("zorgenbrievenbussen" is in no report)
    assert [r["title"] for r in search("zorgenbrievenbussen")] == [found[0]["title"]]

    # filters: by ambition and by date, with the counts of the site
    filters = tools.send(
        "Runtime.evaluate",
        {"expression": "import('/pagefind/pagefind.js').then(async pf => JSON.stringify(await pf.filters()))", "awaitPromise": True, "returnByValue": True},
        timeout=20,
    )
    filters = json.loads(filters["result"]["value"])
    assert set(filters) == {"ambitie", "datum"}
    assert filters["ambitie"]["Mentaal welzijn"] == 4
    assert filters["datum"] == {"6 juni 2023": 9}
    assert tools.evaluate("[...document.querySelectorAll('.pagefind-ui__filter-name')].map(e => e.textContent.trim()).join(',')")

    # nothing was asked of any other host
    requests = [e["params"]["request"]["url"] for e in tools.events[mark:] if e["method"] == "Network.requestWillBeSent"]
    assert requests and all(u.startswith((server.url, "data:", "blob:")) for u in requests), [u for u in requests if not u.startswith(server.url)]

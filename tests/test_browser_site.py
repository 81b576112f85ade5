"""The sample site in a real browser: an accessibility check with axe-core on the pages
people land on, and the search box (search.js over zoek/) finding reports, from the
preview server and from the folder opened as files.

Chromium is driven as in ``test_browser_live_reload.py``. axe-core comes from the npm
registry, pinned in ``tests/browser/package.json`` (``.ci/run`` and ``make browser-deps``
install it); without it, or without chromium, the test is skipped
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


CAMP = "Heimwee, paniek en stille kinderen: mentaal welzijn op kamp"


def search(tools: DevTools, term: str) -> list[dict[str, str]]:
    """Type ``term`` into the search box; the results (title, link, meta, excerpt, marked words) once the status says how many."""
    tools.evaluate(
        "(() => { const i = document.getElementById('zoekterm'); document.getElementById('zoek-status').textContent = '';"
        f" i.value = {json.dumps(term)}; i.dispatchEvent(new Event('input', {{bubbles: true}})); }})()"
    )
    tools.wait_until("document.getElementById('zoek-status').textContent !== ''", timeout=20)
    tools.pump(0.3)
    return tools.evaluate(
        "[...document.querySelectorAll('#zoek-resultaten li')].map(li => ({title: li.querySelector('a').textContent, href: li.querySelector('a').href,"
        " meta: (li.querySelector('.search-meta') || {}).textContent || '', excerpt: li.querySelector('.search-excerpt').textContent,"
        " marked: [...li.querySelectorAll('mark')].map(m => m.textContent)}))"
    ) or []


def status(tools: DevTools) -> str:
    return tools.evaluate("document.getElementById('zoek-status').textContent")


def test_search_finds_reports_with_dutch_stemming_filters_and_keyboard(browser):
    tools, server, _out = browser
    mark = len(tools.events)
    open_page(tools, server.url + "index.html")
    tools.wait_until("!!document.querySelector('#zoeken:not([hidden]) #zoekterm:not([disabled])')")

    # a word that occurs in one report only (the "zorgenbrievenbus" of the camp report)
    found = search(tools, "zorgenbrievenbus")
    assert [r["title"] for r in found] == [CAMP]
    assert found[0]["href"] == server.url + PAGES["report"]
    assert found[0]["meta"].startswith("6 juni 2023")
    assert [m.lower() for m in found[0]["marked"]] and all("zorgenbrievenbus" in m.lower() for m in found[0]["marked"])
    assert status(tools) == "1 verslag gevonden voor “zorgenbrievenbus”"
    fetched = tools.send("Runtime.evaluate", {"expression": f"fetch({json.dumps(found[0]['href'])}).then(r => r.status)", "awaitPromise": True, "returnByValue": True})
    assert fetched["result"]["value"] == 200

    # the page with results and filters open passes the accessibility check too
    serious = [v for v in run_axe(tools) if v.get("impact") in ("serious", "critical")]
    assert serious == [], "\n".join(summary(serious))

    # Dutch stemming: the plural finds the singular ("zorgenbrievenbussen" is in no report), a prefix while typing
    assert [r["title"] for r in search(tools, "zorgenbrievenbussen")] == [CAMP]
    assert CAMP in [r["title"] for r in search(tools, "zorgenbrie")]
    assert search(tools, "qwxyzzy") == [] and status(tools) == "Niets gevonden voor “qwxyzzy”"

    # filters: by ambition and by date, with the counts of the site; choosing one narrows the results
    counts = tools.evaluate("Object.fromEntries([...document.querySelectorAll('.search-filters label')].map(l => [l.firstChild.textContent.trim(), l.querySelector('.n').textContent]))")
    assert counts["6 juni 2023"] == "(9)" and counts["Mentaal welzijn"] == "(4)", counts
    everywhere = search(tools, "jongeren")
    assert len(everywhere) >= 2
    tools.evaluate("(() => { const c = [...document.querySelectorAll('.search-filters input')].find(c => c.value === 'Mentaal welzijn'); c.click(); })()")
    tools.pump(0.5)
    narrowed = tools.evaluate("[...document.querySelectorAll('#zoek-resultaten li a')].map(a => a.textContent)")
    assert narrowed and len(narrowed) < len(everywhere) and set(narrowed) <= {r["title"] for r in everywhere}
    tools.evaluate("document.querySelector('.search-filters input:checked').click()")

    # keyboard: arrow down from the box to the first result and on, Escape back to the box and clears it
    search(tools, "jongeren")
    tools.evaluate("document.getElementById('zoekterm').focus()")
    for key in ("ArrowDown", "ArrowDown"):
        tools.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": key, "code": key, "windowsVirtualKeyCode": 40})
        tools.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": key, "code": key, "windowsVirtualKeyCode": 40})
    assert tools.evaluate("document.activeElement === document.querySelectorAll('#zoek-resultaten a')[1]")
    tools.send("Input.dispatchKeyEvent", {"type": "keyDown", "key": "Escape", "code": "Escape", "windowsVirtualKeyCode": 27})
    assert tools.evaluate("document.activeElement.id") == "zoekterm"

    # nothing was asked of any other host
    requests = [e["params"]["request"]["url"] for e in tools.events[mark:] if e["method"] == "Network.requestWillBeSent"]
    assert requests and all(u.startswith((server.url, "data:", "blob:")) for u in requests), [u for u in requests if not u.startswith(server.url)]
    assert not tools.console_errors()


def test_search_works_from_the_folder_opened_as_files(browser):
    tools, _server, out = browser
    open_page(tools, (out / "index.html").as_uri())
    tools.wait_until("!!document.querySelector('#zoeken:not([hidden]) #zoekterm:not([disabled])')")
    found = search(tools, "zorgenbrievenbussen")
    assert [r["title"] for r in found] == [CAMP] and found[0]["href"] == (out / PAGES["report"]).as_uri()

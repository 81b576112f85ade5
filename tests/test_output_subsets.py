"""Every subset of the registered outputs builds, and links only to what is published.

Outputs find each other through what they announce (``perskamer_publications``):
the home page links the bundle and the digest when those outputs are on, a report's
page links its PDF when PDFs are made, the digest links the report pages when the
site has them. Before, ``outputs: [html, digest]``, ``[html, bundle]``, ``[html,
json, digest]`` and ``[html, json, pdf, bundle]`` built no ``index.html``.
"""

from __future__ import annotations

import itertools

import pytest

from perskamer.testing import Workspace
from perskamer.workspace import output_names

OUTPUTS = ["html", "json", "pdf", "bundle", "digest"]
#: One file each output always writes (the sample reports include "jongeren-aan-tafel").
MAIN_FILE = {
    "html": "index.html",
    "json": "data/index.json",
    "pdf": "pdf/jongeren-aan-tafel.pdf",
    "bundle": "pdf/verslagen.pdf",
    "digest": "digest/index.html",
}
SUBSETS = [list(c) for n in range(1, len(OUTPUTS) + 1) for c in itertools.combinations(OUTPUTS, n)]


def test_the_subsets_cover_every_registered_output(tmp_path):
    _config, host = Workspace(tmp_path).open()
    assert set(output_names(host)) == set(OUTPUTS)  # a new built-in output must be added here
    assert len(SUBSETS) == 31


@pytest.mark.parametrize("outputs", SUBSETS, ids=["+".join(s) for s in SUBSETS])
def test_every_subset_of_outputs_builds(tmp_path, outputs):
    ws = Workspace(tmp_path, config={"outputs": outputs, "html": {"search": False}, "site": {"base_url": "https://verslagen.example.org"}})
    run = ws.build()
    run.assert_ok()
    for name in OUTPUTS:
        assert (MAIN_FILE[name] in run.paths) == (name in outputs), (name, run.paths)
    if "html" in outputs:
        home = run.text("index.html")
        assert ('href="pdf/verslagen.pdf"' in home) == ("bundle" in outputs)
        assert ('href="digest/index.html"' in home) == ("digest" in outputs)
        page = run.text("verslagen/jongeren-aan-tafel.html")
        assert ('href="../pdf/jongeren-aan-tafel.pdf"' in page) == ("pdf" in outputs)
    if "digest" in outputs:
        digest = run.text("digest/digest.txt")
        page_link = "https://verslagen.example.org/verslagen/jongeren-aan-tafel.html"
        assert (page_link in digest) == ("html" in outputs)
    if "json" in outputs:
        url = run.json("data/jongeren-aan-tafel.json")["url"]
        # a report's URL is its page, else its PDF, else its data
        expected = "verslagen/jongeren-aan-tafel.html" if "html" in outputs else "pdf/jongeren-aan-tafel.pdf" if "pdf" in outputs else "data/jongeren-aan-tafel.json"
        assert url == f"https://verslagen.example.org/{expected}"

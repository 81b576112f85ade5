"""A search fragment made from a report's view directly is the one read from its record page.

With the package's own ``search_record.html`` the html output makes a report's part of the
search index from the view (``search_text.fragment_of_view``) instead of rendering the
record page and reading it back. Both must give the same fragment -- title, meta, filters,
text line by line, terms and their order -- on every report we have and on generated views
whose texts are made to trip them (references, markup characters, quote marks, white space,
empty fields); whatever the direct way cannot be sure of, it leaves to the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from perskamer.build import Builder
from perskamer.plugins import output_html
from perskamer.plugins.output_html import search_text
from perskamer.render.text import markdown_to_html
from perskamer.workspace import open_workspace

REPO = Path(__file__).resolve().parents[1]
FOLDERS = [REPO / "tests" / "fixtures" / "corpus", REPO / "tests" / "fixtures" / "tagging", REPO / "content"]


@pytest.fixture(scope="module")
def context():
    config, host = open_workspace(REPO / "config" / "perskamer.yaml")
    return Builder(config, host, cache=None).context


def _read_back(view: dict, context) -> dict:
    return search_text.fragment(output_html._record_page(view, context))


def _same(direct: dict, page: dict) -> None:
    assert direct == page
    assert list(direct["terms"]) == list(page["terms"])  # the order of first occurrence too
    assert list(direct["meta"]) == list(page["meta"]) and list(direct["filters"]) == list(page["filters"])


def _reports(context) -> list:
    config, host = open_workspace(REPO / "config" / "perskamer.yaml")
    found = []
    for folder in FOLDERS:
        builder = Builder(config, host, cache=None, content_dir=folder)
        paths, _problems = builder.discover()
        for path in paths:
            source = builder.load_source(path)
            if hasattr(source, "data"):
                outcome = builder.process_source(source)
                if outcome.report is not None:
                    found.append(outcome.report)
    return found


@pytest.mark.slow
def test_every_report_we_have_gives_the_same_fragment_both_ways(context):
    reports = _reports(context)
    assert len(reports) >= 40
    direct = 0
    for report in reports:
        view = output_html.report_view(report, context, None)
        made = search_text.fragment_of_view(view)
        if made is not None:
            direct += 1
            _same(made, _read_back(view, context))
        assert output_html._fragment_of_view(view, context) == _read_back(view, context)
    assert direct == len(reports)  # (sanitised section HTML is always plain enough)


_PIECES = st.sampled_from([
    "jongeren", "Jan", "kamp", "é", "’", "“", "„", "'", '"', "&", "&amp;", "&lt;", "&#39;", "<", ">", "<b>", "</p>", "·",
    " ", "  ", "\n", "\t", "\u00a0", "\u2003", "😂", "R1-S2", "[persoon 1]", "*", "**", "`", "\\", "-", "1.", "#",
])
_TEXT = st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=25).map("".join)
_MARKDOWN = st.lists(st.one_of(_PIECES, st.sampled_from(["\n\n", "\n> ", "\n- ", "[link](https://x.be)", "![foto](x.jpg)"])),
                     max_size=30).map("".join)


@st.composite
def _views(draw) -> dict:
    sections = []
    for sid in draw(st.lists(st.sampled_from(["summary", "quotes", "ambitions", "photo", "other"]), max_size=4, unique=True)):
        html = "" if sid == "quotes" else markdown_to_html(draw(_MARKDOWN))
        sections.append({"id": sid, "label": draw(_TEXT), "html": html})
    quotes = [{"text": draw(_TEXT), "speaker": draw(_TEXT), "attribution": draw(st.sampled_from(["", "jongere", draw(_TEXT)]))}
              for _ in range(draw(st.integers(0, 3)))]
    return {
        "slug": "x", "url": "verslagen/x.html", "title": draw(_TEXT), "date": draw(st.sampled_from(["", "6 juni 2023", draw(_TEXT)])),
        "date_iso": draw(st.sampled_from(["", "2023-06-06"])), "session": draw(st.sampled_from(["", "R1", draw(_TEXT)])),
        "teaser": "", "ambitions": [{"id": f"a{i}", "label": draw(_TEXT), "colour": "0"} for i in range(draw(st.integers(0, 3)))],
        "reporter": "", "speakers": draw(st.lists(_TEXT, max_size=3)), "sections": sections, "quotes": quotes, "photo": None,
    }


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(_views())
def test_generated_views_give_the_same_fragment_both_ways(context, view):
    made = search_text.fragment_of_view(view)
    if made is not None:
        _same(made, _read_back(view, context))


@pytest.mark.parametrize("html", [
    "<p>a</p><section>b</section>",  # an element of the page's own frame: an end tag in it could close the page's
    "<p data-search-ignore>a</p>",  # a mark
    "<p>a <!-- b --> c</p>",  # a comment
    "<p>a < b</p>",  # a "<" that starts no tag
    "<script>x</script><p>y</p>",  # a raw element
])
def test_html_that_is_not_plain_is_left_to_the_page(context, html):
    view = {"title": "T", "date": "", "date_iso": "", "session": "", "ambitions": [], "speakers": [], "quotes": [],
            "sections": [{"id": "summary", "label": "Samenvatting", "html": html}]}
    assert search_text.fragment_of_view(view) is None
    assert output_html._fragment_of_view(view, context) == _read_back(view, context)

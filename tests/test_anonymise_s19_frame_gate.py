"""The person frames' gate lets in every text the frame pattern reads (issue 11, privacy; session 19).

``person_lists.may_hold_list`` is a cheap test before the frame pattern (its gate words). The words
were no superset of the pattern: "V. l. n. r.:" written with spaces, "Afwezig:", "Hosts:",
"In the picture:" passed the pattern and none of the words, so such a caption -- published as
written under the default scope but for its credits -- published its list of names, while
"V.l.n.r.:" masked them. The gate now asks the pattern itself when no word is found.
Invented names.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from perskamer.model import Photo, Quote, Report
from perskamer.plugins.anonymise import person_lists
from perskamer.plugins.anonymise.anonymiser import anonymise_report

_PIECES = ["V. l. n. r.", "v l n r", "(l. n. r.)", "Afwezig", "Verontschuldigd", "Hosts", "Present", "Getuigen",
           "Gastheren", "Oratrices", "In the picture", "de gauche a droite", "op  de foto", "Bovenaan", "Onderaan",
           ":", " ", "\n", ", ", " en ", "Wietse Landuyt", "Elvire Cnockaert", "Bavo", "met dr Landuyt",
           "een dag aan zee", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=12).map("".join))
def test_the_gate_lets_in_every_text_the_frame_pattern_reads(text):
    if person_lists._FRAME_RE.search(text) is not None:
        assert person_lists.may_hold_list(text, text.lower())


@pytest.mark.parametrize("caption", [
    "V. l. n. r.: Wietse Landuyt, Bavo Ghesquière en Elvire Cnockaert.",
    "v. l. n. r. Wietse Landuyt, Bavo Ghesquière en Elvire Cnockaert",
    "Afwezig: Wietse Landuyt, Bavo Ghesquière en Elvire Cnockaert.",
    "Hosts: Wietse Landuyt, Bavo Ghesquière and Elvire Cnockaert.",
    "In the picture: Wietse Landuyt, Bavo Ghesquière and Elvire Cnockaert.",
])
def test_a_caption_listing_people_behind_such_a_frame_publishes_no_name(caption):
    report = Report(source="r.md", slug="r", format="md", meta={}, sections={"summary": "Een avond aan zee."},
                    quotes=[Quote("Het was een fijne avond.", "Ilke")], photo=Photo(src="x.jpg", caption=caption, alt=""))
    anonymise_report(report)
    published = report.photo.caption
    for name in ("Wietse", "Landuyt", "Bavo", "Ghesquière", "Elvire", "Cnockaert"):
        assert name not in published, published


def test_a_caption_without_a_frame_stays_as_written():
    report = Report(source="r.md", slug="r", format="md", meta={}, sections={"summary": "Een avond aan zee."},
                    quotes=[Quote("Het was een fijne avond.", "Ilke")],
                    photo=Photo(src="x.jpg", caption="Een zonnige dag aan zee, vooraan het strand.", alt=""))
    anonymise_report(report)
    assert report.photo.caption == "Een zonnige dag aan zee, vooraan het strand."

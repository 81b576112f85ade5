"""The digest: the newsletter an editor sends after the congress.

Unit tests call the plugin on Report objects (quotes as the anonymiser left them);
the last tests run the whole pipeline on a workspace (readers, anonymiser, tagger,
leak guard) and the ``perskamer digest`` command.
"""

from __future__ import annotations

import copy
import datetime as dt
import email
import email.policy
import io
import re
from pathlib import Path

import pytest

from perskamer.config import load_config
from perskamer.context import BuildContext
from perskamer.model import AmbitionTag, Photo, Quote, Report
from perskamer.pluginhost import PluginHost
from perskamer.plugins import output_digest, output_html
from perskamer.plugins.output_digest import compose
from perskamer.workspace import plugin_schemas

TAXONOMY = ["vrijwillig-engagement", "digitale-leefwereld", "mentaal-welzijn", "jeugdinfrastructuur",
            "stem-van-kinderen-en-jongeren", "kruispunten"]
LABELS = {"vrijwillig-engagement": "Vrijwillig engagement", "digitale-leefwereld": "Digitale leefwereld",
          "mentaal-welzijn": "Mentaal welzijn", "jeugdinfrastructuur": "Jeugdinfrastructuur",
          "stem-van-kinderen-en-jongeren": "De stem van kinderen & jongeren", "kruispunten": "Kruispunten",
          "onbekend-thema": "Onbekend thema"}


def png(width: int = 1200, height: int = 800, color=(30, 120, 160)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), color).save(out, "PNG")
    return out.getvalue()


def report(slug: str, title: str, *, tags=(), day: int = 6, quotes=(), status: str | None = None, photo: bool = False,
           **meta) -> Report:
    r = Report(
        source=f"{slug}.md", slug=slug, format="md", title=title, date=dt.date(2023, 6, day),
        meta={"session": "Ronde 1 – zaal Dijle", **meta, **({"status": status} if status else {})},
        sections={"summary": f"{title}. Dit is wat er gebeurde in de sessie, in een paar zinnen verteld. "
                             "Daarna praatten we nog lang na over wat het voor het jeugdwerk betekent."},
        quotes=[q if isinstance(q, Quote) else Quote(q[0], speaker=q[1], attribution=q[1]) for q in quotes],
        ambitions=[AmbitionTag(t, LABELS[t], 9.0 - i) for i, t in enumerate(tags)],
        private={"anonymisation": {"done": True, "quotes": ["Yasmine zei het al"], "secret": "PRIVAAT-GEHEIM"}},
    )
    if photo:
        r.photo = Photo(alt=f"Sfeerbeeld {title}", data=png(), media_type="image/png", filename=f"{slug}.png")
    return r


REPORTS = [
    report("a-kamp", "Heimwee op kamp", tags=["mentaal-welzijn", "stem-van-kinderen-en-jongeren"], day=6, photo=True,
           quotes=[("Heimwee is geen probleem dat je moet oplossen, het is een gevoel dat je samen uithoudt.", "een sessiegever")]),
    report("b-drempels", "Drempels weg", tags=["vrijwillig-engagement", "kruispunten"], day=6, status="approved",
           quotes=[("[persoon 1]'s idee was simpel: laat jongeren eerst één namiddag meedraaien, zonder attest.", "een sessiegever"),
                   ("Wie een leefloon heeft, mag vrijwilligerswerk doen, maar je moet het melden bij het OCMW.", "een sessiegever")]),
    report("c-zorg", "Zorg voor de zorgers", tags=["mentaal-welzijn"], day=5, status="approved",
           quotes=[("Je hoeft geen hulpverlener te zijn.", None)]),
    report("d-los", "Een sessie zonder thema", day=7, quotes=[]),
    report("e-raad", "Jongeren aan de beleidstafel", tags=["stem-van-kinderen-en-jongeren"], day=6, status="approved",
           quotes=[("Storm in een glas water, zei de schepen eerst. Twee jaar later hebben we een fuifzaal.", "een sessiegever (jeugdraad Geel)")]),
]


def make_context(tmp_path: Path, **digest) -> BuildContext:
    host = PluginHost()
    host.register(output_digest, name="digest")
    (tmp_path / "content").mkdir(parents=True, exist_ok=True)
    config = load_config(None, plugin_schemas(host), workspace=tmp_path)
    config.data["site"].update({"title": "Verslagen #Jeugdwerkwerkt 2023", "congress": "congres #Jeugdwerkwerkt",
                                "date": "2023-06-06", "organiser": "De Ambrassade", "base_url": "https://verslagen.example.org/"})
    config.data["digest"].update(digest)
    # the site has pages (the html output announces them); the digest links to them
    return BuildContext(config=config, content_dir=tmp_path / "content", output_dir=tmp_path / "public", outputs={"digest"},
                        publications=[output_html.PAGE, output_html.HOME, output_digest.PREVIEW])


def build(tmp_path: Path, reports=REPORTS, **digest) -> tuple[dict[str, bytes], list, BuildContext]:
    context = make_context(tmp_path, **digest)
    output_digest.perskamer_build_started(context)
    artifacts = output_digest.perskamer_render_collection(list(reports), context)
    for artifact in artifacts:  # as the core does: produced (and inspected) before the build finishes
        artifact.text_for_scan()

    class Result:
        problems: list = []

    result = Result()
    result.problems = []
    output_digest.perskamer_build_finished(context, result)
    return {a.path: a for a in artifacts}, result.problems, context


def text(artifacts, path: str) -> str:
    return artifacts[path].get_bytes().decode("utf-8")


# --- what goes in --------------------------------------------------------------------------------


def test_reports_are_grouped_under_their_central_ambition_in_the_taxonomy_order(tmp_path):
    context = make_context(tmp_path)
    groups = compose.group(REPORTS, context)
    assert [g.id for g in groups] == ["vrijwillig-engagement", "mentaal-welzijn", "stem-van-kinderen-en-jongeren", "andere-sessies"]
    assert [g.label for g in groups][-1] == "Andere sessies"
    by_group = {g.id: [r.slug for r in g.reports] for g in groups}
    assert by_group["mentaal-welzijn"] == ["c-zorg", "a-kamp"]  # by date: 5 June before 6 June
    assert by_group["stem-van-kinderen-en-jongeren"] == ["e-raad"]  # a-kamp appears once, under its first tag
    assert sum(len(g.reports) for g in groups) == len(REPORTS)


def test_the_html_and_the_text_follow_the_groups(tmp_path):
    artifacts, _problems, _ = build(tmp_path)
    html = text(artifacts, "digest/digest-email.html")
    positions = [html.index(f'id="{g}"') for g in ("vrijwillig-engagement", "mentaal-welzijn", "stem-van-kinderen-en-jongeren", "andere-sessies")]
    assert positions == sorted(positions)
    plain = text(artifacts, "digest/digest.txt")
    heads = [plain.index(h) for h in ("VRIJWILLIG ENGAGEMENT\n---", "MENTAAL WELZIJN\n---", "DE STEM VAN KINDEREN & JONGEREN\n---", "ANDERE SESSIES\n---")]
    assert heads == sorted(heads)


def test_order_within_a_theme(tmp_path):
    context = make_context(tmp_path)
    two = [report("x", "Zebra", tags=["kruispunten"], day=5, order=2), report("y", "Aap", tags=["kruispunten"], day=6, order=1),
           report("z", "Mol", tags=["kruispunten"], day=4)]
    assert [r.slug for r in compose.group(two, context, "date")[0].reports] == ["z", "x", "y"]
    assert [r.slug for r in compose.group(two, context, "title")[0].reports] == ["y", "z", "x"]
    assert [r.slug for r in compose.group(two, context, "order")[0].reports] == ["y", "x", "z"]


def test_tags_outside_the_taxonomy_and_a_broken_taxonomy(tmp_path, monkeypatch):
    context = make_context(tmp_path)
    odd = [report("o", "Onbekend", tags=["onbekend-thema"]), report("k", "Kruis", tags=["kruispunten"])]
    assert [g.id for g in compose.group(odd, context)] == ["kruispunten", "andere-sessies"]
    monkeypatch.setattr(BuildContext, "taxonomy", property(lambda self: (_ for _ in ()).throw(ValueError("kapot"))))
    assert [g.id for g in compose.group(odd, context)] == ["onbekend-thema", "kruispunten"]


@pytest.mark.parametrize(("selection", "expected"), [
    ("all", {"a-kamp", "b-drempels", "c-zorg", "d-los", "e-raad"}),
    ("approved", {"b-drempels", "c-zorg", "e-raad"}),
    (["e-raad", "a-kamp.md", "a-kamp"], {"e-raad", "a-kamp"}),
])
def test_selection(tmp_path, selection, expected):
    artifacts, problems, _ = build(tmp_path, selection=selection)
    html = text(artifacts, "digest/digest-email.html")
    shown = {r.slug for r in REPORTS if f"verslagen/{r.slug}.html" in html}
    assert shown == expected
    assert not [p for p in problems if p.field == "digest.selection"]


def test_selection_names_an_unknown_report(tmp_path):
    _artifacts, problems, _ = build(tmp_path, selection=["e-raad", "bestaat-niet"])
    (problem,) = [p for p in problems if p.field == "digest.selection"]
    assert "bestaat-niet" in problem.message and problem.severity == "warning"


def test_approved_selection_without_approved_reports_warns(tmp_path):
    _artifacts, problems, _ = build(tmp_path, [REPORTS[0], REPORTS[3]], selection="approved")
    assert any("approved" in p.message for p in problems)


# --- the highlight quote ---------------------------------------------------------------------------


def test_highlight_rule_prefers_a_whole_attributed_quote_without_blanks():
    r = report("q", "Q", quotes=[
        ("Kort.", "een sessiegever"),
        ("[persoon 1] zei dat je jongeren eerst moet laten meedraaien voor je papieren vraagt.", "een sessiegever"),
        ("Een citaat van acht tot veertig woorden zonder dat iemand zegt wie het zei.", None),
        ("Wie een leefloon heeft, mag vrijwilligerswerk doen, maar je moet het melden bij het OCMW.", "een sessiegever"),
        ("Dit is een heel lang citaat " + "met veel woorden " * 20, "een sessiegever"),
    ])
    chosen = compose.choose_highlight(r)
    assert chosen.text.startswith("Wie een leefloon") and chosen.attribution == "een sessiegever"
    assert "8-40 words" in chosen.reason and "says who said it" in chosen.reason
    only_long = report("l", "L", quotes=[("lang " * 50, "x")])
    assert compose.choose_highlight(only_long) is None
    only_short = report("s", "S", quotes=[("Erbij zijn is genoeg.", None)])
    assert compose.choose_highlight(only_short).text == "Erbij zijn is genoeg."


def test_the_editor_chooses_the_highlight():
    quotes = [("Eerste citaat met genoeg woorden om te tellen voor de regel.", "een sessiegever"),
              ("Tweede citaat, dat de redactie mooier vindt dan het eerste.", "een deelnemer")]
    problems: list = []
    assert compose.choose_highlight(report("n", "N", quotes=quotes, highlight=2)).attribution == "een deelnemer"
    assert compose.choose_highlight(report("n", "N", quotes=quotes, highlight="2")).text.startswith("Tweede")
    part = compose.choose_highlight(report("t", "T", quotes=quotes, highlight="„de redactie mooier vindt”"))
    assert part.text == "de redactie mooier vindt" and part.attribution == "een deelnemer"
    own = compose.choose_highlight(report("o", "O", quotes=quotes, highlight="Een zin van de redactie zelf."))
    assert own.text == "Een zin van de redactie zelf." and own.attribution is None
    assert compose.choose_highlight(report("f", "F", quotes=quotes, highlight=False)) is None
    wrong = compose.choose_highlight(report("w", "W", quotes=quotes, highlight=7), problems)
    assert wrong.text.startswith("Eerste") and problems[0].field == "highlight" and problems[0].file == "w.md"


def test_digest_shows_only_anonymised_quotes_and_nothing_private(tmp_path):
    artifacts, _problems, _ = build(tmp_path)
    for path in ("digest/index.html", "digest/digest-email.html", "digest/digest.txt"):
        body = text(artifacts, path)
        assert "Yasmine" not in body and "PRIVAAT-GEHEIM" not in body
    html = text(artifacts, "digest/digest-email.html")
    assert "Wie een leefloon heeft" in html  # b-drempels: the quote without a blanked-out name
    assert "Storm in een glas water" in html


# --- the files -------------------------------------------------------------------------------------


def test_eml_parses_into_text_and_html_with_inline_photos(tmp_path):
    artifacts, _problems, _ = build(tmp_path, **{"from": "Communicatie <communicatie@example.org>",
                                                 "to": ["redactie@example.org", "pers@example.org"]})
    raw = artifacts["digest/digest.eml"].get_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/alternative"
    assert msg["Subject"] == "Terugblik op congres #Jeugdwerkwerkt: 5 sessieverslagen"
    assert msg["From"].addresses[0].addr_spec == "communicatie@example.org"
    assert [a.addr_spec for a in msg["To"].addresses] == ["redactie@example.org", "pers@example.org"]
    plain = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert plain.get_content_charset() == "utf-8" and html.get_content_charset() == "utf-8"
    assert plain.get_content().replace("\r\n", "\n") == text(artifacts, "digest/digest.txt")
    html_text = html.get_content()
    cids = re.findall(r'src="cid:([^"]+)"', html_text)
    assert len(cids) == 1  # a-kamp has the only photo
    related = [p for p in msg.walk() if p.get("Content-ID")]
    assert [p["Content-ID"].strip("<>") for p in related] == cids
    assert related[0].get_content_type() == "image/jpeg" and related[0].get_content()[:2] == b"\xff\xd8"
    # The leak guard reads the text of both parts, not base64 or quoted-printable.
    scan = artifacts["digest/digest.eml"].scan_text
    assert "Heimwee is geen probleem" in scan and "<table" in scan
    # Same input, same bytes (fixed MIME boundaries): the file is rewritten only when it changed.
    again, _, _ = build(tmp_path)
    assert again["digest/digest.eml"].get_bytes() != b"" and build(tmp_path, **{
        "from": "Communicatie <communicatie@example.org>", "to": ["redactie@example.org", "pers@example.org"]})[0][
        "digest/digest.eml"].get_bytes() == raw


def test_email_html_is_a_600px_table_with_inlined_css_media_rules_and_no_scripts(tmp_path):
    artifacts, _problems, _ = build(tmp_path)
    html = text(artifacts, "digest/digest-email.html")
    assert re.search(r'<table[^>]*class="container"[^>]*width="600"', html)
    assert re.search(r'<td class="masthead" style="[^"]*background-color: #0b5e7e', html)  # inlined
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert "@media only screen and (max-width: 620px)" in style and "@media (prefers-color-scheme: dark)" in style
    assert ".masthead {" not in style.split("@media")[0]  # plain rules were moved onto the elements
    for forbidden in ("<script", "<link", "@import", "@font-face", "fonts.googleapis", "javascript:", "<iframe", "<form"):
        assert forbidden not in html.lower()
    images = re.findall(r"<img [^>]*>", html)
    assert images and all(re.search(r'\bwidth="\d+"', i) and re.search(r'\balt="[^"]+"', i) for i in images)
    assert all("https://verslagen.example.org/verslagen/" in a for a in re.findall(r'<a href="([^"#]+)"', html)
               if "verslagen/" in a)
    assert 'href="#mentaal-welzijn"' in html  # the table of contents


def test_plain_text_is_written_not_stripped(tmp_path):
    artifacts, _problems, _ = build(tmp_path)
    plain = text(artifacts, "digest/digest.txt")
    assert "<" not in plain and "&amp;" not in plain and "style=" not in plain
    assert plain.startswith("VERSLAGEN #JEUGDWERKWERKT 2023\n==============================\n")
    assert "IN DEZE NIEUWSBRIEF" in plain and "  - Mentaal welzijn (2)" in plain
    assert "    “Storm in een glas water, zei de schepen eerst." in plain
    assert "    – een sessiegever (jeugdraad Geel)" in plain
    assert "Lees het verslag: https://verslagen.example.org/verslagen/e-raad.html" in plain
    assert all(len(line) <= 72 or "http" in line for line in plain.splitlines())


def test_preview_links_the_other_files_and_shows_the_subject(tmp_path):
    artifacts, _problems, _ = build(tmp_path, subject="Nieuwsbrief {count} verslagen")
    preview = text(artifacts, "digest/index.html")
    assert "Nieuwsbrief 5 verslagen" in preview
    for name in ("digest.txt", "digest.eml", "digest-email.html"):
        assert f'href="{name}"' in preview
    assert 'src="img/a-kamp.jpg"' in preview and "digest/img/a-kamp.jpg" in artifacts
    assert "Voorbeeld van de nieuwsbrief" not in text(artifacts, "digest/digest-email.html")


def test_images_linked_or_none(tmp_path):
    linked, _, _ = build(tmp_path, images="linked")
    html = text(linked, "digest/digest-email.html")
    assert 'src="https://verslagen.example.org/digest/img/a-kamp.jpg"' in html
    msg = email.message_from_bytes(linked["digest/digest.eml"].get_bytes(), policy=email.policy.default)
    assert not [p for p in msg.walk() if p.get("Content-ID")]
    none, _, _ = build(tmp_path, images="none")
    assert "<img" not in text(none, "digest/digest-email.html") and not any(p.startswith("digest/img/") for p in none)


def test_intro_from_markdown_or_a_file(tmp_path):
    artifacts, _, _ = build(tmp_path, intro="Beste collega's,\n\nHier zijn **de verslagen**.\n\n- eerst dit\n- dan dat")
    html = text(artifacts, "digest/digest-email.html")
    assert "<strong" in html and "de verslagen" in html
    plain = text(artifacts, "digest/digest.txt")
    assert "Hier zijn de verslagen." in plain and "  - eerst dit" in plain
    (tmp_path / "teksten").mkdir()
    (tmp_path / "teksten" / "intro.md").write_text("Een intro uit een *bestand*.", encoding="utf-8")
    artifacts, problems, _ = build(tmp_path, intro="teksten/intro.md")
    assert "Een intro uit een" in text(artifacts, "digest/digest.txt") and not problems
    _, problems, _ = build(tmp_path, intro="teksten/weg.md")
    assert any(p.field == "digest.intro" and "does not exist" in p.message for p in problems)
    (tmp_path.parent / "buiten.md").write_text("geheim", encoding="utf-8")
    artifacts, problems, _ = build(tmp_path, intro="../buiten.md")
    assert any(p.field == "digest.intro" and "outside" in p.message for p in problems)
    assert "geheim" not in text(artifacts, "digest/digest.txt")


def test_without_base_url_links_are_relative_and_a_warning_says_so(tmp_path):
    context = make_context(tmp_path)
    context.config.data["site"]["base_url"] = ""
    problems: list = []
    artifacts = {a.path: a for a in output_digest.build_digest(REPORTS, context, problems)}
    assert any(p.field == "site.base_url" for p in problems)
    assert 'href="../verslagen/a-kamp.html"' in text(artifacts, "digest/index.html")


def test_hostile_report_text_is_escaped(tmp_path):
    evil = report("x", '<script>alert(1)</script> Titel', tags=["kruispunten"],
                  quotes=[('<img src=x onerror=alert(1)> een citaat van voldoende lengte om gekozen te worden', "<b>wie</b>")])
    artifacts, _, _ = build(tmp_path, [evil], intro="<script>alert(2)</script> [klik](javascript:alert(3))")
    html = text(artifacts, "digest/digest-email.html")
    assert "<script" not in html and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", "")
    assert "&lt;script&gt;" in html and 'href="javascript:' not in html


@pytest.mark.parametrize("address", ["Communicatie <geen adres", "geen adres", "a@b.c, <x>"])
def test_a_bad_address_is_left_out_with_a_warning(tmp_path, address):
    artifacts, problems, _ = build(tmp_path, **{"from": address, "to": "redactie@example.org"})
    msg = email.message_from_bytes(artifacts["digest/digest.eml"].get_bytes(), policy=email.policy.default)
    assert msg["From"] is None and msg["To"] == "redactie@example.org"
    (problem,) = [p for p in problems if p.field == "digest.from"]
    assert problem.severity == "warning" and address in problem.message


# --- the whole pipeline ------------------------------------------------------------------------------


def test_build_respects_drafts_selection_and_the_leak_guard(tmp_path):
    from perskamer.testing import Workspace, form_report

    ws = Workspace(tmp_path, config={"digest": {"selection": "approved"}})
    ws.add_form_report("klaar.md", "Een goedgekeurd verslag over vrijwilligers", status="approved",
                       summary="Vrijwilligers vertelden over hun engagement in het jeugdwerk.",
                       quotes=[("Zonder vrijwilligers is er geen jeugdwerk, zei Yasmina El Khatib vorig jaar nog.", "Mehmet Kaya (JES)")])
    ws.add_report("concept.md", form_report("Een verslag in opbouw", status="draft", summary="Nog niet af."))
    run = ws.build(output_digest, outputs=["digest"])
    assert "digest/digest.eml" in run.paths, run.problems
    html = run.text("digest/digest-email.html")
    assert "Een goedgekeurd verslag" in html
    assert "Een verslag in opbouw" not in html and "Jongeren aan tafel" not in html  # draft; not approved
    for path in ("digest/digest-email.html", "digest/digest.txt", "digest/index.html"):
        body = run.text(path)
        assert "Mehmet" not in body and "Yasmina" not in body  # anonymised by the real anonymiser
    drafts = ws.build(output_digest, outputs=["digest"], drafts=True)
    assert "Een verslag in opbouw" not in drafts.text("digest/digest-email.html")  # --drafts, but not approved
    ws.configure(digest={"selection": "all"})
    drafts = ws.build(output_digest, outputs=["digest"], drafts=True)
    assert "Een verslag in opbouw" in drafts.text("digest/digest-email.html")


def test_digest_command_builds_only_the_digest_and_leaves_the_site(tmp_path, capsys):
    from perskamer.cli import main
    from perskamer.testing import Workspace

    ws = Workspace(tmp_path, config={"plugins": ["perskamer.plugins.output_digest"]})
    assert main(["build", "--config", str(ws.config_path), "-q"]) == 0
    site = sorted(p.relative_to(ws.output_dir).as_posix() for p in ws.output_dir.rglob("*") if p.is_file())
    assert "index.html" in site
    capsys.readouterr()
    assert main(["digest", "--config", str(ws.config_path), "--select", "een-lokaal-voor-iedereen", "--preview"]) == 0
    out = capsys.readouterr().out
    assert "1 of 3 published reports" in out and "1 sessieverslag\"" in out
    assert f"Open in a browser: {(ws.output_dir / 'digest' / 'index.html').as_uri()}" in out
    after = sorted(p.relative_to(ws.output_dir).as_posix() for p in ws.output_dir.rglob("*") if p.is_file())
    assert set(site) <= set(after)  # nothing of the site was removed
    assert {"digest/index.html", "digest/digest-email.html", "digest/digest.txt", "digest/digest.eml"} <= set(after)
    html = (ws.output_dir / "digest" / "digest-email.html").read_text(encoding="utf-8")
    assert "Een lokaal voor iedereen" in html and "Jongeren aan tafel" not in html


# --- incremental: composed when written, photos prepared once -------------------------------------


def test_digest_is_composed_only_when_written_and_photos_are_prepared_once(tmp_path, monkeypatch):
    """Watch's fast lane asks for the digest's artefacts but writes them in the slow lane:
    nothing is composed until then, and a thumbnail is not made again for an unchanged photo."""
    import perskamer.plugins.output_digest as digest

    composed: list[int] = []
    prepared: list[str] = []
    real_build, real_prepare = digest.build_digest, digest.prepare_photo
    monkeypatch.setattr(digest, "build_digest", lambda *a, **k: composed.append(1) or real_build(*a, **k))
    monkeypatch.setattr(digest, "prepare_photo", lambda report, *a, **k: prepared.append(report.slug) or real_prepare(report, *a, **k))
    digest._THUMBNAILS.clear()
    context = make_context(tmp_path)
    reports = copy.deepcopy(REPORTS)
    artifacts = {a.path: a for a in digest.perskamer_render_collection(reports, context)}
    assert composed == [] and {p for p, _m in digest.DIGEST_FILES} <= set(artifacts)
    assert artifacts["digest/img/a-kamp.jpg"].data  # photos are there now (their names are)
    eml = artifacts["digest/digest.eml"]
    assert eml.data is None and "Heimwee" in eml.text_for_scan() and composed == [1]
    assert all(artifacts[p].get_bytes() for p, _m in digest.DIGEST_FILES) and composed == [1]  # composed once
    # the next build: the same photo is not prepared again; a changed one is
    digest.perskamer_render_collection(copy.deepcopy(REPORTS), make_context(tmp_path / "again"))
    assert prepared == ["a-kamp"]
    changed = copy.deepcopy(REPORTS)
    changed[0].photo.data = png(color=(200, 40, 40))
    again = {a.path: a for a in digest.perskamer_render_collection(changed, make_context(tmp_path / "changed"))}
    assert prepared == ["a-kamp", "a-kamp"] and again["digest/img/a-kamp.jpg"].data != artifacts["digest/img/a-kamp.jpg"].data


# --- photos for the widest they are shown, within a size budget; counts; footer -------------------


def noisy_photo(width: int, height: int, seed: int) -> bytes:
    """A photo that compresses like a real one (noise): hundreds of kB as a large JPEG."""
    import random

    from PIL import Image

    rng = random.Random(seed)
    small = Image.frombytes("RGB", (width // 8, height // 8), bytes(rng.randrange(256) for _ in range(width // 8 * height // 8 * 3)))
    out = io.BytesIO()
    small.resize((width, height), Image.BICUBIC).save(out, "JPEG", quality=92)
    return out.getvalue()


def with_photos(n: int, width: int = 2400, height: int = 1600) -> list[Report]:
    reports = []
    for i in range(n):
        r = report(f"r{i:02d}", f"Sessie {i}", tags=["mentaal-welzijn"], day=6)
        r.photo = Photo(alt=f"Foto {i}", data=noisy_photo(width, height, i), media_type="image/jpeg", filename=f"r{i}.jpg")
        reports.append(r)
    return reports


def photo_sizes(artifacts) -> list[tuple[int, int]]:
    from PIL import Image

    return [Image.open(io.BytesIO(a.get_bytes())).size for p, a in artifacts.items() if p.startswith("digest/img/")]


def test_photos_are_made_for_phones_at_twice_their_shown_width(tmp_path):
    digest_module = output_digest
    digest_module._THUMBNAILS.clear()
    artifacts, problems, context = build(tmp_path, with_photos(2))
    assert {w for w, _h in photo_sizes(artifacts)} == {compose.PHOTO_SHOWN_MAX_PX * 2}  # 1168 px for a 584 px column
    html = text(artifacts, "digest/digest-email.html")
    assert 'width="160"' in html  # wide screens: 160 px; phones: the full column (CSS)
    line = output_digest.summary_line(context)
    assert "1168 px wide (sharp on phones at 2x)" in line and ".eml" in line and "of at most 2.0 MB" in line
    assert not [p for p in problems if "budget" in p.message]


def test_many_photos_are_made_smaller_to_fit_the_size_budget(tmp_path):
    output_digest._THUMBNAILS.clear()
    artifacts, problems, context = build(tmp_path, with_photos(12), size_budget_kb=1500)
    widths = {w for w, _h in photo_sizes(artifacts)}
    assert len(widths) == 1 and widths.pop() < compose.PHOTO_SHOWN_MAX_PX * 2
    eml = artifacts["digest/digest.eml"].get_bytes()
    info = context.shared["digest"]["summary"]
    assert info["eml_bytes"] == len(eml)
    assert "made smaller to fit the budget" in output_digest.summary_line(context)
    if len(eml) > 1_500_000:  # even the smallest photos did not fit: the build says so
        assert any("more than its budget" in p.message for p in problems)
    else:
        assert not any("budget" in p.message for p in problems)


def test_photo_width_follows_the_budget():
    big = compose.PHOTO_WIDTHS[0]
    assert compose.photo_width(500_000, big, 2_000_000) == big
    assert compose.photo_width(3_000_000, big, 2_000_000) < big
    assert compose.photo_width(300_000_000, big, 2_000_000) == compose.PHOTO_WIDTHS[-1]


def test_a_report_listed_once_says_where_else_it_belongs(tmp_path):
    artifacts, _problems, _context = build(tmp_path)
    html = text(artifacts, "digest/digest-email.html")
    txt = text(artifacts, "digest/digest.txt")
    # a-kamp is under Mentaal welzijn (its first tag) and also belongs to De stem van kinderen & jongeren
    assert "Ook bij: De stem van kinderen &amp; jongeren" in html and "Ook bij: De stem van kinderen & jongeren" in txt
    assert "Elk verslag staat één keer in deze nieuwsbrief" in html
    assert html.count("Ook bij:") == 2  # a-kamp and b-drempels; the others have one ambition


def test_footer_links_the_web_version_says_why_and_has_an_unsubscribe_placeholder(tmp_path):
    artifacts, _problems, _context = build(tmp_path)
    html = text(artifacts, "digest/digest-email.html")
    assert 'href="https://verslagen.example.org/digest/digest-email.html"' in html
    assert "Je ontvangt deze nieuwsbrief omdat je deelnam aan congres #Jeugdwerkwerkt of je inschreef voor nieuws van De Ambrassade." in html
    assert re.search(r'href="\*\|UNSUB\|\*"[^>]*>Uitschrijven</a>', html)
    txt = text(artifacts, "digest/digest.txt")
    assert "Uitschrijven: *|UNSUB|*" in txt and "Deze nieuwsbrief op het web: https://verslagen.example.org/digest/digest-email.html" in txt
    # another mail tool's merge tag, or none
    brevo, _p, _c = build(tmp_path / "brevo", unsubscribe="{{ unsubscribe }}", reason="Je bent lid van {organiser}.")
    html = text(brevo, "digest/digest-email.html")
    assert 'href="{{ unsubscribe }}"' in html and "Je bent lid van De Ambrassade." in html
    none, _p, _c = build(tmp_path / "none", unsubscribe="")
    assert "Uitschrijven" not in text(none, "digest/digest-email.html")

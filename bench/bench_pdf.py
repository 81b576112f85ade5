"""PDF and digest benchmark (issue 6): ``.venv/bin/python bench/bench_pdf.py``.

Measures, on synthetic reports built in this script (Report objects, so readers,
anonymiser and tagger are not part of the figures):

1. importing WeasyPrint, the first PDF of a process (fonts loaded) and one 3-page
   report PDF in a warm process (median of 10; target < 0.3 s);
2. the bundle of 60 and of 200 reports: sequential in this process, and with the
   work spread over two processes as the plugin does it (``pdf.parallel``), for the
   bundle alone and for bundle + per-report PDFs (the usual build);
3. PDF sizes (one report, the bundles);
4. the digest (all four files) for 200 reports.

Numbers go to stdout and to bench/results/pdf.md. ``--quick`` runs smaller sizes.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

AMBITIONS = [
    ("vrijwillig-engagement", "Vrijwillig engagement"),
    ("digitale-leefwereld", "Digitale leefwereld van kinderen & jongeren"),
    ("mentaal-welzijn", "Mentaal welzijn"),
    ("jeugdinfrastructuur", "Jeugdinfrastructuur"),
    ("stem-van-kinderen-en-jongeren", "De stem van kinderen & jongeren"),
    ("kruispunten", "Kruispunten"),
]
LABELS = ["Spreker 1", "Spreker 2", "een deelnemer", "een jongere", "Persoon A"]


def paragraphs() -> list[str]:
    found: list[str] = []
    for path in sorted((ROOT / "content").glob("*.md")):
        text = re.sub(r"^---\n.*?\n---\n", "", path.read_text(encoding="utf-8"), flags=re.S)
        for block in re.split(r"\n\s*\n", text):
            block = block.strip()
            if len(block) > 120 and not block.startswith(("#", ">", "!", "-", "*")):
                found.append(" ".join(block.split()))
    return found or ["Een sessie over jeugdwerk, vrijwilligers en de stem van jongeren in de gemeente. " * 3]


def photo_bytes(seed: int, size: tuple[int, int] = (2400, 1600)) -> bytes:
    """A phone-sized JPEG (noise and shapes, so it does not compress to nothing)."""
    from PIL import Image, ImageDraw

    rng = random.Random(seed)
    img = Image.effect_noise(size, 40).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.ellipse((x, y, x + rng.randrange(100, 600), y + rng.randrange(100, 600)),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def make_reports(n: int, *, pages: int = 3, photos: bool = True, seed: int = 6) -> list[Any]:
    """``n`` reports of about ``pages`` A4 pages each, with quotes, tags and (every other) a photo."""
    from perskamer.model import AmbitionTag, Photo, Quote, Report

    rng = random.Random(seed)
    paras = paragraphs()
    photo = photo_bytes(seed) if photos else None
    reports = []
    per_section = max(1, pages * 2 - 1)
    for i in range(n):
        tags = rng.sample(AMBITIONS, k=rng.randint(0, 3))
        quotes = [
            Quote(text=rng.choice(paras).split(". ")[0].strip(".") + ".", speaker=rng.choice(LABELS),
                  attribution=rng.choice(LABELS) + rng.choice(["", " (Chirojeugd Vlaanderen)", " (JES)"]))
            for _ in range(rng.randint(1, 4))
        ]
        sections = {sid: "\n\n".join(rng.sample(paras, k=min(len(paras), per_section)))
                    for sid in ("summary", "ambitions", "surprise", "questions")}
        sections["quotes"] = "\n\n".join(f"> {q.text}" for q in quotes)
        report = Report(
            source=f"r{i:04d}.md", slug=f"r{i:04d}-sessie", format="md",
            title=f"Sessie {i + 1}: " + rng.choice(paras).split(".")[0][:70].strip(),
            date=_dt.date(2023, 6, 6),
            meta={"session": f"Ronde {rng.randint(1, 3)} – zaal {rng.choice(['Dijle', 'Schelde', 'Leie'])}",
                  "reporter": "Reporter", "status": "approved" if i % 3 else "published", "order": rng.randint(1, 50)},
            sections=sections, quotes=quotes,
            ambitions=[AmbitionTag(a, label, 8.0 - k) for k, (a, label) in enumerate(tags)],
        )
        if photo and i % 2 == 0:
            report.photo = Photo(alt="Sfeerbeeld", data=photo, media_type="image/jpeg", filename=f"r{i}.jpg")
            report.sections["photo"] = "Het kampvuur in de zaal."
        reports.append(report)
    return reports


def make_context(workspace: Path, outputs: set[str], **options: Any) -> Any:
    from perskamer.config import load_config
    from perskamer.context import BuildContext
    from perskamer.pluginhost import PluginHost
    from perskamer.plugins import output_digest, output_pdf
    from perskamer.workspace import plugin_schemas

    host = PluginHost()
    host.register(output_pdf, name="pdf")
    host.register(output_digest, name="digest")
    (workspace / "content").mkdir(parents=True, exist_ok=True)
    config = load_config(None, plugin_schemas(host), workspace=workspace)
    config.data["site"].update({"title": "Verslagen #Jeugdwerkwerkt 2023", "congress": "congres #Jeugdwerkwerkt",
                                "date": "2023-06-06", "organiser": "De Ambrassade", "base_url": "https://verslagen.example.org"})
    for key, value in options.items():
        config.data.setdefault(key, {}).update(value)
    return BuildContext(config=config, content_dir=workspace / "content", output_dir=workspace / "public", outputs=outputs)


def produce(reports: list[Any], context: Any) -> dict[str, bytes]:
    """Run the plugins' render hooks and producers the way the core does; return path -> bytes."""
    from perskamer.plugins import output_digest, output_pdf

    artifacts = []
    for plugin in (output_pdf, output_digest):
        plugin.perskamer_build_started(context)
    for report in reports:
        artifacts += output_pdf.perskamer_render_report(report, context) or []
    for plugin in (output_pdf, output_digest):
        artifacts += plugin.perskamer_render_collection(reports, context) or []
    out = {a.path: a.get_bytes() for a in artifacts}

    class _Result:
        problems: list[Any] = []

    for plugin in (output_pdf,):
        plugin.perskamer_build_finished(context, _Result())
    return out


def clear_pdf_cache() -> None:
    from perskamer.plugins.output_pdf import printer

    printer._DONE.clear()


def seconds(fn: Any) -> tuple[Any, float]:
    start = time.perf_counter()
    value = fn()
    return value, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="bundles of 12 and 24 reports instead of 60 and 200")
    parser.add_argument("--sizes", default=None, help="comma-separated bundle sizes (default 60,200)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([12, 24] if args.quick else [60, 200])
    lines: list[str] = []

    def say(line: str) -> None:
        print(line, flush=True)
        lines.append(line)

    from perskamer.plugins.output_pdf import printview

    say(f"# PDF and digest benchmark ({_dt.date.today().isoformat()}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.2f})")
    say("")
    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        t0 = time.perf_counter()
        from perskamer.plugins.output_pdf import engine

        say(f"- import WeasyPrint (+ plugin engine): {time.perf_counter() - t0:.2f} s; "
            f"HarfBuzz subsetting: {'yes' if engine.harfbuzz_subset_ok() else 'NO (apt-get install libharfbuzz-subset0)'}")

        # 1. one 3-page report
        context = make_context(workspace, {"pdf"})
        (report,) = make_reports(1, pages=3, seed=1)
        settings = printview.settings(context, [])
        job = printview.report_job(report, context)
        first, t_first = seconds(lambda: engine.report_pdf(job, settings))
        times = []
        for _ in range(10):
            _, t = seconds(lambda: engine.report_pdf(printview.report_job(report, context), settings))
            times.append(t)
        from pypdf import PdfReader

        n_pages = len(PdfReader(io.BytesIO(first)).pages)
        say(f"- first PDF in the process: {t_first:.2f} s")
        med = statistics.median(times)
        say(f"- one {n_pages}-page report PDF, warm process: median {med:.3f} s, min {min(times):.3f} s "
            f"(target < 0.3 s: {'met' if med < 0.3 else 'NOT met'}); size {len(first) / 1024:.0f} kB with a photo")
        doc, t_layout = seconds(lambda: engine.render_document(job, settings))
        _, t_write = seconds(lambda: engine.write(doc, settings, job.identifier))
        say(f"  (layout {t_layout:.3f} s + write {t_write:.3f} s)")
        for variant in ("plain", "tagged", "pdf/a-3u"):
            context_v = make_context(workspace, {"pdf"}, pdf={"variant": variant})
            settings_v = printview.settings(context_v, [])
            times_v = [seconds(lambda s=settings_v: engine.report_pdf(job, s))[1] for _ in range(5)]
            say(f"  variant {variant}: median {statistics.median(times_v):.3f} s")

        # 2. bundles
        say("")
        say("| reports | pages | bundle alone, 1 process | bundle alone, 2 processes | bundle + PDFs, 1 process | bundle + PDFs, 2 processes | bundle size |")
        say("|---:|---:|---:|---:|---:|---:|---:|")
        for n in sizes:
            reports = make_reports(n, pages=3)
            row: dict[str, Any] = {}
            for outputs in ({"bundle"}, {"bundle", "pdf"}):
                for parallel in (False, True):
                    clear_pdf_cache()
                    ctx = make_context(workspace, outputs, pdf={"parallel": parallel})
                    out, t = seconds(lambda c=ctx, rs=reports: produce(rs, c))
                    row[(tuple(sorted(outputs)), parallel)] = t
                    bundle = out["pdf/verslagen.pdf"]
            pages = len(PdfReader(io.BytesIO(bundle)).pages)
            say(f"| {n} | {pages} | {row[(('bundle',), False)]:.1f} s | {row[(('bundle',), True)]:.1f} s | "
                f"{row[(('bundle', 'pdf'), False)]:.1f} s | {row[(('bundle', 'pdf'), True)]:.1f} s | {len(bundle) / 1e6:.1f} MB |")

        # 3. digest
        say("")
        reports = make_reports(200, pages=3)
        ctx = make_context(workspace, {"digest"}, digest={"images": "inline"})
        from perskamer.plugins import output_digest

        def digest_once() -> dict[str, bytes]:
            output_digest.perskamer_build_started(ctx)
            ctx.shared.clear()
            arts = output_digest.perskamer_render_collection(reports, ctx) or []
            return {a.path: a.get_bytes() for a in arts}

        out, t_cold = seconds(digest_once)
        t_warm = statistics.median(seconds(digest_once)[1] for _ in range(3))
        eml = out.get("digest/digest.eml", b"")
        say(f"- digest of 200 reports (index.html, digest-email.html, digest.txt, digest.eml with inline photos): "
            f"first {t_cold:.2f} s, then median {t_warm:.2f} s; .eml {len(eml) / 1e6:.1f} MB, "
            f"e-mail HTML {len(out.get('digest/digest-email.html', b'')) / 1e3:.0f} kB")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "pdf.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwritten to {results / 'pdf.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

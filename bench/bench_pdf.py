"""PDF and digest benchmark (issue 6): ``.venv/bin/python bench/bench_pdf.py``.

Measures, on synthetic reports built in this script (Report objects with realistic
Dutch text from content/, 1-4 anonymised quotes, 0-3 ambition tags, a 2400x1600
phone photo on every other report), so readers, anonymiser and tagger are not part
of the figures:

1. importing WeasyPrint (in a fresh interpreter), the first PDF of a process and one
   3-page report PDF in a warm process (median of 10; target < 0.3 s), per variant;
2. the bundle of 60 and of 200 reports, and the bundle together with the per-report
   PDFs (what ``outputs: [pdf, bundle]`` builds): in one process, and with the two
   worker processes the plugin uses (``pdf.parallel``); peak memory;
3. for comparison, the road not taken: per-report PDFs made by two processes and
   joined with pypdf (faster, but no tagged structure, no bundle page numbers, no
   working links in the table of contents);
4. PDF sizes;
5. the digest (all four files plus thumbnails) for 200 reports.

Wall-clock seconds depend on what else runs on the machine (the load average is
printed); CPU seconds (this process and its workers) do not. Results go to stdout
and bench/results/pdf.md. ``--quick``: bundles of 12 and 24 reports.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import io
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

AMBITIONS = [
    ("vrijwillig-engagement", "Vrijwillig engagement"),
    ("digitale-leefwereld", "Digitale leefwereld"),
    ("mentaal-welzijn", "Mentaal welzijn"),
    ("jeugdinfrastructuur", "Jeugdinfrastructuur"),
    ("stem-van-kinderen-en-jongeren", "De stem van kinderen & jongeren"),
    ("kruispunten", "Kruispunten"),
]
LABELS = ["een sessiegever", "een deelnemer", "een jongere", "[persoon 1]"]


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
    """A phone-sized JPEG: a gradient with shapes and a little noise (compresses like a photo)."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    img = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(img)
    for _ in range(25):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        draw.ellipse((x, y, x + rng.randrange(80, 500), y + rng.randrange(80, 500)),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    img = img.filter(ImageFilter.GaussianBlur(3))
    noise = Image.effect_noise(size, 12).convert("RGB")
    img = Image.blend(img, noise, 0.08)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=88)
    return out.getvalue()


def make_reports(n: int, *, pages: int = 3, photos: bool = True, seed: int = 6) -> list[Any]:
    """``n`` reports of about ``pages`` A4 pages, with quotes, tags and (every other one) a photo."""
    from perskamer.model import AmbitionTag, Photo, Quote, Report

    rng = random.Random(seed)
    paras = paragraphs()
    photo = photo_bytes(seed) if photos else None
    reports = []
    per_section = max(1, pages * 2 - 2)
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
    """The plugin's hooks and producers, called the way the core calls them; path -> bytes."""
    from perskamer.plugins import output_pdf

    output_pdf.perskamer_build_started(context)
    artifacts = []
    for report in reports:
        artifacts += output_pdf.perskamer_render_report(report, context) or []
    artifacts += output_pdf.perskamer_render_collection(reports, context) or []
    out = {a.path: a.get_bytes() for a in artifacts}

    class _Result:
        problems: list[Any] = []

    output_pdf.perskamer_build_finished(context, _Result())
    return out


def clear_pdf_cache() -> None:
    from perskamer.plugins.output_pdf import printer

    printer._DONE.clear()


def cpu_seconds() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measure(fn: Any) -> tuple[Any, float, float]:
    """(value, wall seconds, CPU seconds of this process and the workers it waited for)."""
    c0, t0 = cpu_seconds(), time.perf_counter()
    value = fn()
    return value, time.perf_counter() - t0, cpu_seconds() - c0


def pypdf_join(reports: list[Any], context: Any) -> bytes:
    """The alternative: per-report PDFs from two processes, joined with pypdf."""
    import multiprocessing as mp

    from pypdf import PdfWriter

    from perskamer.plugins.output_pdf import printer, printview

    settings = printview.settings(context, [])
    jobs = [printview.report_job(r, context) for r in reports]
    with mp.get_context("fork").Pool(2) as pool:
        parts = pool.starmap(printer._task_report, [(job, settings) for job in jobs])
    writer = PdfWriter()
    for job, data in zip(jobs, parts, strict=True):
        writer.append(io.BytesIO(data), outline_item=job.title)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="bundles of 12 and 24 reports instead of 60 and 200")
    parser.add_argument("--sizes", default=None, help="comma-separated bundle sizes (default 60,200)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else ([12, 24] if args.quick else [60, 200])
    lines: list[str] = []

    def say(line: str = "") -> None:
        print(line, flush=True)
        lines.append(line)

    say(f"# PDF and digest benchmark ({_dt.date.today().isoformat()})")
    say()
    say(f"{os.cpu_count()} CPUs; load average at the start {os.getloadavg()[0]:.2f} "
        "(wall-clock figures count only when the machine is otherwise idle; CPU seconds always do).")
    say()
    code = "import time, warnings; warnings.simplefilter('ignore'); t = time.perf_counter(); import weasyprint; print(time.perf_counter() - t)"
    imports = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(3)]
    from perskamer.plugins.output_pdf import engine, printview

    say(f"- import WeasyPrint in a fresh interpreter: {statistics.median(imports):.2f} s (median of 3); "
        f"HarfBuzz font subsetting: {'yes' if engine.harfbuzz_subset_ok() else 'NO (apt-get install libharfbuzz-subset0)'}")

    with tempfile.TemporaryDirectory() as tmp:
        workspace = Path(tmp)
        from pypdf import PdfReader

        # 1. one report
        context = make_context(workspace, {"pdf"})
        (report,) = make_reports(1, pages=3, seed=1)
        settings = printview.settings(context, [])
        job = printview.report_job(report, context)
        first, t_first, _ = measure(lambda: engine.report_pdf(job, settings))
        n_pages = len(PdfReader(io.BytesIO(first)).pages)
        walls, cpus = [], []
        for _ in range(10):
            _, wall, cpu = measure(lambda: engine.report_pdf(printview.report_job(report, context), settings))
            walls.append(wall)
            cpus.append(cpu)
        med = statistics.median(walls)
        say(f"- first PDF in a process (fonts loaded): {t_first:.2f} s")
        say(f"- one {n_pages}-page report with a photo, warm process: median {med:.3f} s wall, {statistics.median(cpus):.3f} s CPU "
            f"(target < 0.3 s: {'met' if med < 0.3 else 'NOT met'}); {len(first) / 1024:.0f} kB")
        doc, t_layout, _ = measure(lambda: engine.render_document(job, settings))
        _, t_write, _ = measure(lambda: engine.write(doc, settings, job.identifier))
        say(f"  - of which layout {t_layout:.3f} s, writing the PDF {t_write:.3f} s")
        for variant in ("pdf/ua-1", "tagged", "plain", "pdf/a-3u"):
            settings_v = printview.settings(make_context(workspace, {"pdf"}, pdf={"variant": variant}), [])
            times_v = [measure(lambda s=settings_v: engine.report_pdf(job, s))[1] for _ in range(5)]
            data_v = engine.report_pdf(job, settings_v)
            say(f"  - variant {variant}: median {statistics.median(times_v):.3f} s, {len(data_v) / 1024:.0f} kB")

        # 2. bundles
        say()
        say("| reports | bundle pages | what | 1 process: wall / CPU | 2 processes: wall / CPU | size |")
        say("|---:|---:|---|---:|---:|---:|")
        for n in sizes:
            reports = make_reports(n, pages=3)
            for outputs, label in (({"pdf"}, f"{n} report PDFs"), ({"bundle"}, "bundle"), ({"bundle", "pdf"}, f"bundle + {n} PDFs")):
                cells = []
                out: dict[str, bytes] = {}
                for parallel in (False, True):
                    clear_pdf_cache()
                    ctx = make_context(workspace, outputs, pdf={"parallel": parallel})
                    out, wall, cpu = measure(lambda c=ctx, rs=reports: produce(rs, c))
                    mode = ctx.shared.get("pdf", {}).get("printer").mode if ctx.shared.get("pdf", {}).get("printer") else "?"
                    cells.append(f"{wall:.1f} s / {cpu:.1f} s" + ("" if parallel is False or mode == "parallel" else f" ({mode})"))
                bundle = out.get("pdf/verslagen.pdf")
                if bundle is None:
                    sizes_kb = sorted(len(v) / 1024 for v in out.values())
                    say(f"| {n} | | {label} | {cells[0]} | {cells[1]} | median {statistics.median(sizes_kb):.0f} kB each |")
                    continue
                pages = len(PdfReader(io.BytesIO(bundle)).pages)
                say(f"| {n} | {pages} | {label} | {cells[0]} | {cells[1]} | {len(bundle) / 1e6:.1f} MB |")
            clear_pdf_cache()
            ctx = make_context(workspace, {"pdf"})
            joined, wall, cpu = measure(lambda c=ctx, rs=reports: pypdf_join(rs, c))
            say(f"| {n} | {len(PdfReader(io.BytesIO(joined)).pages)} | not used: {n} PDFs by 2 processes joined with pypdf "
                f"| | {wall:.1f} s / {cpu:.1f} s | {len(joined) / 1e6:.1f} MB |")
        say()
        say(f"Peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB; "
            f"largest worker: {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB.")

        # 3. digest
        say()
        from perskamer.plugins import output_digest

        reports = make_reports(200, pages=3)
        for images in ("inline", "none"):
            ctx = make_context(workspace, {"digest"}, digest={"images": images})

            def digest_once(c: Any = ctx) -> dict[str, bytes]:
                c.shared.clear()
                return {a.path: a.get_bytes() for a in output_digest.build_digest(reports, c, [])}

            out, t_cold, _ = measure(digest_once)
            t_warm = statistics.median(measure(digest_once)[1] for _ in range(3))
            say(f"- digest of 200 reports, images {images}: first {t_cold:.2f} s, then {t_warm:.2f} s (thumbnails made each time); "
                f".eml {len(out['digest/digest.eml']) / 1e6:.1f} MB, e-mail HTML {len(out['digest/digest-email.html']) / 1e3:.0f} kB, "
                f"text {len(out['digest/digest.txt']) / 1e3:.0f} kB")
    results = HERE / "results"
    results.mkdir(exist_ok=True)
    (results / "pdf.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"\nwritten to {results / 'pdf.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

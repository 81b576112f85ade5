"""Write the third frozen unseen set (bench/unseen3/reports/): the same reports as real
LibreOffice (Writer 7.4, headless) saves and exports them.

The first two sets were made by our own generator (python-docx, hand-written ODF XML,
pypdf). This one runs every .docx and .odt of bench/unseen and bench/unseen2 through
LibreOffice: .docx -> .odt, .odt -> .docx, and both -> .pdf (LibreOffice's own PDF
export), so the readers meet the XML and PDF that a real editor writes. Gold files
are copied (same report, same answers), one folder per conversion (odt-from-docx,
docx-from-odt, pdf-from-docx, pdf-from-odt). Committed before its first measurement.

    apt-get install libreoffice-writer-nogui   # not needed by perskamer itself
    .venv/bin/python bench/unseen3/make_unseen3.py
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "reports"
SOURCES = [HERE.parent / "unseen" / "reports", HERE.parent / "unseen2" / "reports"]


def convert(files: list[Path], target: str, outdir: Path, profile: Path) -> None:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                    "--outdir", str(outdir), *map(str, files)], check=True, capture_output=True, timeout=600)


def main() -> int:
    if shutil.which("soffice") is None:
        print("soffice not found: apt-get install libreoffice-writer-nogui", file=sys.stderr)
        return 1
    sys.path.insert(0, str(HERE.parent.parent / "tests"))
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        # the ODT sources again, from the current generator (its manifest lists every member,
        # which LibreOffice requires; the text is the same as the frozen files)
        sys.path.insert(0, str(HERE.parent / "unseen"))
        sys.path.insert(0, str(HERE.parent / "unseen2"))
        import make_unseen
        import make_unseen2

        odt_dir = tmpdir / "odt"
        odt_dir.mkdir()
        make_unseen.OUT = make_unseen2.OUT = make_unseen2.base.OUT = odt_dir
        for make in (make_unseen.u06, make_unseen.u07, make_unseen2.u17, make_unseen2.u18):
            make()
        docx = sorted(p for src in SOURCES for p in src.glob("*.docx"))
        odt = sorted(odt_dir.glob("*.odt"))
        golds = {p.stem: p.with_suffix("").with_suffix(".gold.json") for p in docx}
        golds.update({p.stem: odt_dir / f"{p.stem}.gold.json" for p in odt})
        profile = tmpdir / "profile"
        for files, target in ((docx, "odt"), (odt, "docx"), (docx + odt, "pdf")):
            outdir = tmpdir / f"out-{target}-{len(files)}"
            convert(files, target, outdir, profile)
            for made in sorted(outdir.iterdir()):
                # one folder per conversion, the file name unchanged (a title may come from it)
                folder = OUT / f"{made.suffix[1:]}-from-{'odt' if made.stem in {p.stem for p in odt} else 'docx'}"
                folder.mkdir(exist_ok=True)
                shutil.copy(made, folder / made.name)
                shutil.copy(golds[made.stem], folder / f"{made.stem}.gold.json")
    print(f"wrote {len(list(OUT.glob('*/*.gold.json')))} reports to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

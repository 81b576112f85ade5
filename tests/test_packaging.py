"""The installed tool works from a wheel, from any folder, with everything it needs inside."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (found,) = out.glob("perskamer-*.whl")
    return found


@pytest.mark.slow
def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    top = {n.split("/")[0] for n in names}
    assert "core" not in top and "plugins" not in top and "schemas" not in top and "config" not in top
    for needed in [
        "perskamer/cli.py",
        "perskamer/hookspecs.py",
        "perskamer/plugins/output_html/templates/report.html",
        "perskamer/plugins/output_html/templates/style.css",
        "perskamer/schemas/config.schema.json",
        "perskamer/schemas/report.schema.json",
        "perskamer/schemas/processed-report.schema.json",
        "perskamer/defaults/perskamer.yaml",
        "perskamer/skeleton/voorbeeld-verslag.md",
    ]:
        assert needed in names, needed
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "perskamer = perskamer.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


@pytest.mark.slow
def test_wheel_runs_init_and_build_from_another_folder(wheel, tmp_path):
    target = tmp_path / "site-packages"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": str(target)}
    # Keep the repo (and its editable install) out of the picture: run from elsewhere,
    # with the wheel's copy first on the path.
    ws = tmp_path / "ws"
    run = lambda *args, cwd: subprocess.run([sys.executable, "-c", "import sys; sys.path.insert(0, sys.argv.pop(1)); from perskamer.cli import main; sys.exit(main(sys.argv[1:]))", str(target), *args], cwd=cwd, env=env, capture_output=True, text=True)  # noqa: E731
    result = run("init", str(ws), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (ws / "config/perskamer.yaml").is_file() and (ws / "content/voorbeeld-verslag.md").is_file()
    result = run("build", cwd=ws)
    assert result.returncode == 0, result.stdout + result.stderr
    assert (ws / "public/index.html").is_file()
    assert (ws / "public/verslagen/voorbeeld-verslag.html").is_file()
    check = subprocess.run([sys.executable, "-c", f"import sys; sys.path.insert(0, {str(target)!r}); import perskamer; print(perskamer.__file__)"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert check.stdout.startswith(str(target))

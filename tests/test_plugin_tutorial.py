"""The tutorial (docs/tutorial-output-plugin.md) works when followed to the letter.

Every code block with a file name (```python title="..."```) is a file of the
plugin package. The first version of each file (end of step 4) and the last one
(end of step 5) are written to a folder and their tests run; the finished package is
installed with pip, listed by `perskamer plugins` and used in a build with the
config of step 7; the mistake of step 8 gives the message the tutorial shows.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from perskamer.testing import Workspace

TUTORIAL = Path(__file__).resolve().parent.parent / "docs" / "tutorial-output-plugin.md"
FILE_BLOCK = re.compile(r'^```(?P<lang>\w+) title="(?P<path>[^"]+)"\n(?P<code>.*?)^```', re.M | re.S)
TEXT = TUTORIAL.read_text(encoding="utf-8")


def files(version: str) -> dict[str, str]:
    """The package's files as the tutorial has them after step 4 ("first") or step 5 ("last")."""
    found: dict[str, str] = {}
    for match in FILE_BLOCK.finditer(TEXT):
        if version == "last" or match["path"] not in found:
            found[match["path"]] = match["code"]
    return found


def write(folder: Path, version: str) -> Path:
    package = folder / "perskamer-cms-export"
    for rel, code in files(version).items():
        path = package / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(code, encoding="utf-8")
    return package


def run_pytest(package: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=package, capture_output=True, text=True, timeout=300)


def test_the_package_has_the_files_of_step_1() -> None:
    assert sorted(files("last")) == ["pyproject.toml", "src/perskamer_cms_export/__init__.py", "tests/conftest.py", "tests/test_cms_export.py"]
    assert files("first")["src/perskamer_cms_export/__init__.py"] != files("last")["src/perskamer_cms_export/__init__.py"]


@pytest.mark.parametrize(("version", "count"), [("first", 2), ("last", 6)], ids=["step-4", "step-5"])
def test_the_tests_pass_at_each_step(tmp_path: Path, version: str, count: int) -> None:
    done = run_pytest(write(tmp_path, version))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert f"{count} passed" in done.stdout


def test_installed_it_is_listed_and_builds_with_the_config_of_step_7(tmp_path: Path) -> None:
    package = write(tmp_path, "last")
    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", "--disable-pip-version-check"]
    done = subprocess.run([*install, "--quiet", "--target", str(site), str(package)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.skip(f"pip cannot build packages here: {done.stderr[-500:]}")
    env = {**os.environ, "PYTHONPATH": str(site)}

    step7 = next(yaml.safe_load(m[1]) for m in re.finditer(r"^```yaml\n(.*?)^```", TEXT, re.M | re.S) if "cms-export" in m[1])
    workspace = Workspace(tmp_path / "verslagen", config=step7)
    listed = subprocess.run([sys.executable, "-m", "perskamer.cli", "plugins"], cwd=workspace.root, env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    shown = re.search(r"^```\n(cms-export 0\.1\.0 \(external.*?)^```", TEXT, re.M | re.S)[1]
    assert shown in listed.stdout  # exactly what step 6 says you will see

    built = subprocess.run([sys.executable, "-m", "perskamer.cli", "build"], cwd=workspace.root, env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    text = (workspace.output_dir / "export" / "verslagen.csv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text[1:]), delimiter=";"))
    assert len(rows) == 3 and all(r["pagina"].startswith("https://verslagen.example.org/verslagen/") for r in rows)

    workspace.configure(cms_export={"delimter": ","})
    broken = subprocess.run([sys.executable, "-m", "perskamer.cli", "build"], cwd=workspace.root, env=env, capture_output=True, text=True, timeout=300)
    assert broken.returncode == 2
    assert "error: [cms_export.delimter] unknown key 'delimter' (hint: did you mean 'delimiter'?) [plugin cms-export]" in broken.stderr


def test_the_mistake_of_step_8_gives_the_message_shown(tmp_path: Path) -> None:
    source = files("last")["src/perskamer_cms_export/__init__.py"].replace('"titel": report.title,', '"titel": report.titel,')
    module_path = tmp_path / "perskamer_cms_export_broken.py"
    module_path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("perskamer_cms_export_broken", module_path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)

    run = Workspace(tmp_path / "ws").build(module)
    (problem,) = run.problems_from("cms-export")
    shown = re.search(r"^(<workspace>: error: plugin cms-export failed in .*)$", TEXT, re.M)[1]
    assert problem.format().startswith(shown.split(" (hint:")[0])
    assert "index.html" in run.paths and not run.ok  # the rest was built; the build exits 1
    assert json.loads(run.text("data/index.json"))["count"] == 3

"""The example plugin package (examples/perskamer-atom), installed the way a user would.

The package is built and installed with pip (no dependencies, no index, no build
isolation) into a folder of its own that is put on the path only for these tests, so
the shared environment is never changed. perskamer then finds it through its entry
point, exactly as after ``pip install perskamer-atom``.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from importlib import metadata
from pathlib import Path

import pytest

from perskamer.cli import main
from perskamer.pluginhost import PluginHost
from perskamer.testing import Workspace

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "perskamer-atom"
NS = "{http://www.w3.org/2005/Atom}"
ATOM_HOOKS = ["perskamer_config_schema", "perskamer_inspect_artifact", "perskamer_publications", "perskamer_register_outputs", "perskamer_render_collection"]


def _atom_check():
    spec = importlib.util.spec_from_file_location("atom_check", EXAMPLE / "tests" / "atom_check.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _install(src: Path, site: Path) -> str:
    """Install the package at ``src`` into ``site``; return how ("pip" or "metadata")."""
    command = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index"]
    command += ["--disable-pip-version-check", "--quiet", "--target", str(site), str(src)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    if done.returncode == 0:
        return "pip"
    # No pip or no setuptools in this environment: install by hand what pip would,
    # the module and a .dist-info with the entry point.
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(src / "src" / "perskamer_atom", site / "perskamer_atom")
    info = site / "perskamer_atom-0.1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: perskamer-atom\nVersion: 0.1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[perskamer]\natom = perskamer_atom\n", encoding="utf-8")
    return "metadata"


@pytest.fixture(scope="module")
def atom_site(tmp_path_factory) -> Path:
    """A folder with perskamer-atom installed in it (a copy is built, so the repo stays clean)."""
    base = tmp_path_factory.mktemp("perskamer-atom")
    src = base / "src"
    shutil.copytree(EXAMPLE, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", ".pytest_cache"))
    site = base / "site"
    _install(src, site)
    return site


@pytest.fixture
def atom_installed(atom_site: Path, monkeypatch) -> Path:
    monkeypatch.syspath_prepend(str(atom_site))
    yield atom_site
    for name in [m for m in sys.modules if m == "perskamer_atom" or m.startswith("perskamer_atom.")]:
        del sys.modules[name]


def _env(site: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(site), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    env.pop("PERSKAMER_TRACE_PLUGINS", None)
    return env


def test_it_is_found_through_its_entry_point(atom_installed: Path) -> None:
    (entry_point,) = [ep for ep in metadata.entry_points(group="perskamer") if ep.name == "atom"]
    assert entry_point.value == "perskamer_atom"
    assert entry_point.dist.name == "perskamer-atom"
    host = PluginHost()
    host.load_all()
    assert host.load_problems == []
    info = next(i for i in host.plugin_infos() if i.name == "atom")
    assert (info.version, info.builtin, info.module) == ("0.1.0", False, "perskamer_atom")
    assert info.hooks == ATOM_HOOKS


def test_perskamer_plugins_lists_it(atom_installed: Path, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)  # no workspace here: the built-in defaults
    assert main(["plugins"]) == 0
    out = capsys.readouterr().out
    assert "atom 0.1.0 (external, perskamer_atom)" in out
    assert "    perskamer_render_collection" in out.split("atom 0.1.0", 1)[1]


def test_the_cli_finds_it_and_builds_feed_xml(atom_site: Path, tmp_path: Path) -> None:
    """A real ``perskamer`` process, with the package installed next to it."""
    workspace = Workspace(tmp_path / "ws", config={"outputs": ["html", "json", "atom"]})
    listed = subprocess.run(
        [sys.executable, "-m", "perskamer.cli", "plugins", "--json"], cwd=workspace.root, env=_env(atom_site), capture_output=True, text=True, timeout=120
    )
    assert listed.returncode == 0, listed.stderr
    atom = next(p for p in json.loads(listed.stdout) if p["name"] == "atom")
    assert (atom["version"], atom["builtin"], atom["hooks"]) == ("0.1.0", False, ATOM_HOOKS)

    built = subprocess.run([sys.executable, "-m", "perskamer.cli", "build"], cwd=workspace.root, env=_env(atom_site), capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    data = (workspace.output_dir / "feed.xml").read_bytes()
    assert _atom_check().atom_problems(data) == []
    entries = ET.fromstring(data).findall(f"{NS}entry")
    assert len(entries) == 3
    for entry in entries:  # every entry links to a page the same build wrote
        href = entry.find(f"{NS}link").get("href")
        assert (workspace.output_dir / href.removeprefix("https://verslagen.example.org/")).is_file()


def test_with_perskamer_testing_and_entry_points(atom_installed: Path, tmp_path: Path) -> None:
    run = Workspace(tmp_path).build(entry_points=True, outputs=["html", "atom"])
    run.assert_ok()
    assert "feed.xml" in run.paths
    assert "atom" in run.order("perskamer_render_collection")
    # Not loaded unless asked: what else is installed does not change a test.
    assert "feed.xml" not in Workspace(tmp_path / "other").build(outputs=["html"]).paths


def test_the_example_passes_its_own_tests(atom_site: Path) -> None:
    src = atom_site.parent / "src"
    command = [sys.executable, "-m", "pytest", "-q", "-rs"]
    done = subprocess.run(command, cwd=src, env=_env(atom_site), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert " passed" in done.stdout
    assert "is not installed" not in done.stdout  # its entry-point test ran too

"""``perskamer new-plugin NAME``: the package it makes installs, is found, and passes its own tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from perskamer.cli import main
from perskamer.scaffold import FILES, ScaffoldError, create_plugin, plugin_names, render
from perskamer.testing import Workspace

EXPECTED_FILES = [
    "pyproject.toml",
    "README.md",
    ".gitignore",
    "src/perskamer_teams_post/__init__.py",
    "tests/conftest.py",
    "tests/test_perskamer_teams_post.py",
]


@pytest.fixture(scope="module")
def scaffold(tmp_path_factory) -> Path:
    parent = tmp_path_factory.mktemp("plugins")
    assert main(["new-plugin", "teams-post", "--dir", str(parent)]) == 0
    return parent / "perskamer-teams-post"


def test_it_makes_a_package_with_an_entry_point(scaffold: Path) -> None:
    assert sorted(p.relative_to(scaffold).as_posix() for p in scaffold.rglob("*") if p.is_file()) == sorted(EXPECTED_FILES)
    project = tomllib.loads((scaffold / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["name"] == "perskamer-teams-post"
    assert project["project"]["entry-points"] == {"perskamer": {"teams-post": "perskamer_teams_post"}}
    assert project["tool"]["setuptools"]["packages"] == ["perskamer_teams_post"]
    assert "{{" not in "".join(p.read_text(encoding="utf-8") for p in scaffold.rglob("*") if p.is_file())


def test_it_says_what_to_do_next(tmp_path: Path, capsys) -> None:
    assert main(["new-plugin", "cms-export", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"Created the plugin package perskamer-cms-export in {tmp_path / 'perskamer-cms-export'}:" in out
    assert "pip install -e '.[test]'" in out and "pytest" in out and "perskamer plugins" in out


def test_it_passes_its_own_tests_out_of_the_box(scaffold: Path) -> None:
    # The scaffold's pytest config puts src/ on the path: no install needed to test it.
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=scaffold, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "5 passed" in done.stdout


def test_it_is_lint_clean(scaffold: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "."], cwd=scaffold, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr


def test_installed_it_is_found_and_builds(scaffold: Path, tmp_path: Path) -> None:
    """From zero to an installed plugin: pip install, perskamer plugins, perskamer build."""
    site = tmp_path / "site"
    install = [sys.executable, "-m", "pip", "install", "--no-deps", "--no-build-isolation", "--no-index", "--disable-pip-version-check"]
    done = subprocess.run([*install, "--quiet", "--target", str(site), str(scaffold)], capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        pytest.skip(f"pip cannot build packages here: {done.stderr[-500:]}")
    env = {**os.environ, "PYTHONPATH": str(site)}
    workspace = Workspace(tmp_path / "ws", config={"outputs": ["html", "teams-post"], "teams_post": {"heading": "Alle verslagen"}})

    listed = subprocess.run([sys.executable, "-m", "perskamer.cli", "plugins", "--json"], cwd=workspace.root, env=env, capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0, listed.stderr
    plugin = next(p for p in json.loads(listed.stdout) if p["name"] == "teams-post")
    assert (plugin["version"], plugin["builtin"], plugin["module"]) == ("0.1.0", False, "perskamer_teams_post")
    assert plugin["hooks"] == ["perskamer_config_schema", "perskamer_register_outputs", "perskamer_render_collection"]

    built = subprocess.run([sys.executable, "-m", "perskamer.cli", "build"], cwd=workspace.root, env=env, capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stdout + built.stderr
    text = (workspace.output_dir / "teams-post.txt").read_text(encoding="utf-8")
    assert text.startswith("Alle verslagen\n")
    assert "Jongeren aan tafel: hoe een gemeente luistert naar haar jeugdraad" in text


@pytest.mark.parametrize(
    ("given", "output", "module", "key"),
    [
        ("teams-post", "teams-post", "perskamer_teams_post", "teams_post"),
        ("Teams Post", "teams-post", "perskamer_teams_post", "teams_post"),
        ("perskamer-cms-export", "cms-export", "perskamer_cms_export", "cms_export"),
        ("social_cards", "social-cards", "perskamer_social_cards", "social_cards"),
    ],
)
def test_names(given: str, output: str, module: str, key: str) -> None:
    names = plugin_names(given)
    assert (names.output, names.module, names.key, names.dist) == (output, module, key, f"perskamer-{output}")


@pytest.mark.parametrize("bad", ["", "9lives", "-feed", "feed-", "feed--x", "rss/feed", "één"])
def test_unusable_names_are_refused_with_the_rule(bad: str, tmp_path: Path) -> None:
    with pytest.raises(ScaffoldError, match="lower-case letters, digits and dashes"):
        create_plugin(bad, tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_the_cli_says_why_a_name_is_refused(tmp_path: Path, capsys) -> None:
    assert main(["new-plugin", "9lives", "--dir", str(tmp_path)]) == 2
    assert "perskamer new-plugin: '9lives' is not a usable plugin name" in capsys.readouterr().err


@pytest.mark.parametrize("taken", ["html", "json", "site", "outputs"])
def test_names_perskamer_already_uses_are_refused(taken: str, tmp_path: Path) -> None:
    with pytest.raises(ScaffoldError, match="already the name of a built-in"):
        create_plugin(taken, tmp_path)


def test_it_never_overwrites(tmp_path: Path, capsys) -> None:
    (tmp_path / "perskamer-feed" / "src").mkdir(parents=True)
    assert main(["new-plugin", "feed", "--dir", str(tmp_path)]) == 2
    assert "already exists and is not empty" in capsys.readouterr().err


def test_every_template_slot_has_a_value() -> None:
    from importlib import resources

    values = {k: "x" for k in ("output", "dist", "module", "key", "perskamer_version")}
    templates = resources.files("perskamer.scaffold").joinpath("templates")
    for template in FILES.values():
        assert "{{" not in render(templates.joinpath(template).read_text(encoding="utf-8"), values)
    with pytest.raises(KeyError, match="nope"):
        render("{{ nope }}", values)

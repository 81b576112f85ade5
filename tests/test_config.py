"""Workspace config: defaults, validation errors that name file, line and a fix."""

from pathlib import Path

import pytest

from perskamer.config import ConfigError, find_config, load_config
from perskamer.workspace import open_workspace


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config" / "perskamer.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_apply(tmp_path):
    config = load_config(write(tmp_path, "site:\n  title: Test\n"))
    assert config.data["site"]["title"] == "Test"
    assert config.data["outputs"] == ["html", "json"]
    assert config.content_dir == (tmp_path / "content").resolve()
    assert config.output_dir == (tmp_path / "public").resolve()


def test_typo_gets_did_you_mean_with_line(tmp_path):
    path = write(tmp_path, "site:\n  title: Test\noutptus: [html]\n")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    (problem,) = err.value.problems
    assert problem.line == 3
    assert problem.field == "outptus"
    assert "did you mean 'outputs'" in problem.hint
    assert str(path) in problem.format()


def test_wrong_type_says_what_was_expected(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "site:\n  title: T\noutputs: html\n"))
    (problem,) = err.value.problems
    assert problem.line == 3 and "should be a list" in problem.message


def test_nested_typo(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "site:\n  titel: T\n"))
    assert err.value.problems[0].field == "site.titel"
    assert "did you mean 'title'" in err.value.problems[0].hint


def test_all_errors_at_once(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "outptus: [html]\ndrafts: maybe\nsite: {base_url: 'ftp://x'}\n"))
    assert len(err.value.problems) == 3
    assert [p.line for p in err.value.problems] == [1, 2, 3]


def test_hostile_config(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, "site: !!python/object/apply:os.system ['true']\n"))
    assert err.value.problems[0].line == 1


def test_unknown_output_is_a_config_error(tmp_path):
    path = write(tmp_path, "outputs: [html, jsn]\n")
    with pytest.raises(ConfigError) as err:
        open_workspace(path)
    assert "did you mean 'json'" in err.value.problems[0].hint


def test_find_config_from_subfolder(tmp_path):
    path = write(tmp_path, "{}\n")
    sub = tmp_path / "content" / "deep"
    sub.mkdir(parents=True)
    assert find_config(sub) == path.resolve()


def test_the_shipped_sample_config_is_valid():
    repo = Path(__file__).resolve().parents[1]
    config, _host = open_workspace(repo / "config" / "perskamer.yaml")
    assert config.data["site"]["title"].startswith("Verslagen")


def test_broken_taxonomy_is_a_config_error_with_its_line(tmp_path):
    path = write(tmp_path, "site:\n  title: T\n")
    (tmp_path / "config" / "ambitions.yaml").write_text("themes:\n  - id: x\n    label: X\n    bogus: 1\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        open_workspace(path)
    assert any(p.file and p.file.endswith("ambitions.yaml") and p.line for p in err.value.problems)

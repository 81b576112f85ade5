"""The safe YAML loader: lines, duplicates, hostile documents."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perskamer.yamlutil import YamlError, load_yaml


def test_lines_of_nested_values():
    loaded = load_yaml("title: A\nspeakers:\n  - Joy\n  - Liesbet\nsite:\n  base_url: x\n")
    assert loaded.data["speakers"] == ["Joy", "Liesbet"]
    assert loaded.line_of(["title"]) == 1
    assert loaded.line_of(["speakers", 1]) == 4
    assert loaded.line_of(["site", "base_url"]) == 6
    assert loaded.line_of(["site", "missing"]) == 5  # nearest parent


def test_line_offset_for_front_matter():
    loaded = load_yaml("title: A\ndate: 2023-06-06\n", line_offset=1)
    assert loaded.line_of(["date"]) == 3


def test_duplicate_key_names_both_lines():
    with pytest.raises(YamlError) as err:
        load_yaml("title: A\nreporter: B\ntitle: C\n")
    assert err.value.line == 3
    assert "first on line 1" in err.value.message


@pytest.mark.parametrize(
    "text",
    [
        "x: !!python/object/apply:os.system ['echo pwned']\n",
        "x: !!python/name:os.system\n",
        "a: &a [1, 2]\nb: *a\n",
        "x: !custom 3\n",
    ],
)
def test_hostile_yaml_is_refused_with_a_line(text):
    with pytest.raises(YamlError) as err:
        load_yaml(text)
    assert err.value.line == 1 or err.value.line == 2


def test_billion_laughs_refused_before_expansion():
    lol = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    with pytest.raises(YamlError):
        load_yaml(lol)


def test_size_limit():
    with pytest.raises(YamlError) as err:
        load_yaml("x: " + "a" * 2000, max_chars=1000)
    assert "too large" in err.value.message


def test_syntax_error_has_line():
    with pytest.raises(YamlError) as err:
        load_yaml("title: A\nspeakers: [Joy\nother: 1\n")
    assert err.value.line is not None and err.value.line >= 2


@given(st.text(max_size=300))
def test_never_raises_anything_but_yamlerror(text):
    try:
        load_yaml(text)
    except YamlError:
        pass

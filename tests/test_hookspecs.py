"""The hook catalogue (perskamer/hookspecs.py) and its reference (docs/plugins.md) agree.

As Datasette's test_docs.py does: every hook has a section headed with its exact
signature, no section documents a hook that does not exist, every hook has a
docstring, and every hook has a test (``test_hook_<name>`` in
tests/test_plugin_hooks.py that implements it).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pluggy
import pytest

from perskamer import hookspecs

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "docs" / "plugins.md"
TUTORIAL = ROOT / "docs" / "tutorial-output-plugin.md"
HOOK_TESTS = ROOT / "tests" / "test_plugin_hooks.py"

HEADING = re.compile(r"^### `(?P<name>perskamer_\w+)\((?P<args>[^)]*)\)`\s*$", re.M)
PYTHON_BLOCK = re.compile(r"^```python[^\n]*\n(?P<code>.*?)^```", re.M | re.S)


def _catalogue() -> dict[str, pluggy.HookCaller]:
    pm = pluggy.PluginManager("perskamer")
    pm.add_hookspecs(hookspecs)
    return {name: getattr(pm.hook, name) for name in dir(pm.hook) if name.startswith("perskamer_")}


HOOKS = _catalogue()
#: The hooks in the order the catalogue defines them (its phases).
ORDER = [node.name for node in ast.parse(Path(hookspecs.__file__).read_text(encoding="utf-8")).body if isinstance(node, ast.FunctionDef) and node.name in HOOKS]


def signature(name: str) -> str:
    return f"{name}({', '.join(HOOKS[name].spec.argnames)})"


def sections() -> dict[str, tuple[str, str]]:
    """Hook name -> (documented signature, the section's text up to the next heading)."""
    text = REFERENCE.read_text(encoding="utf-8")
    found = {}
    matches = list(HEADING.finditer(text))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else text.find("\n## ", match.end())
        body = text[match.end() : end if end != -1 else len(text)]
        assert match["name"] not in found, f"{match['name']} is documented twice"
        found[match["name"]] = (f"{match['name']}({match['args']})", body)
    return found


def test_the_catalogue_is_what_this_test_expects() -> None:
    assert len(HOOKS) >= 12 and set(ORDER) == set(HOOKS)


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_every_hook_is_documented_with_its_signature(name: str) -> None:
    documented = sections()
    assert name in documented, f"docs/plugins.md has no section '### `{signature(name)}`'"
    assert documented[name][0] == signature(name), f"docs/plugins.md documents {documented[name][0]}, the catalogue says {signature(name)}"


def test_no_section_documents_a_hook_that_does_not_exist() -> None:
    assert sorted(set(sections()) - set(HOOKS)) == []


def test_sections_follow_the_phases_of_the_catalogue() -> None:
    assert list(sections()) == ORDER


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_every_hook_has_a_docstring(name: str) -> None:
    doc = (HOOKS[name].spec.function.__doc__ or "").strip()
    assert len(doc) > 40, f"{name} in perskamer/hookspecs.py has no docstring worth the name"
    assert name in hookspecs.__doc__, f"the catalogue's module docstring does not list {name} in its phases"


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_every_section_says_when_and_what_and_shows_an_example(name: str) -> None:
    _signature, body = sections()[name]
    assert "**When:**" in body and "**Returns:**" in body
    if HOOKS[name].spec.opts.get("firstresult"):
        assert "first result wins" in body.lower()
    examples = [m["code"] for m in PYTHON_BLOCK.finditer(body)]
    assert examples, f"the section on {name} has no example"
    tree = ast.parse(examples[0])
    implementations = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name == name]
    assert implementations, f"the example for {name} does not implement it"
    params = [a.arg for a in implementations[0].args.args]
    assert set(params) <= set(HOOKS[name].spec.argnames), f"the example for {name} takes {params}"
    decorators = [ast.unparse(d) for d in implementations[0].decorator_list]
    assert any(d.startswith("hookimpl") for d in decorators), f"the example for {name} is not marked @hookimpl"


@pytest.mark.parametrize("name", sorted(HOOKS))
def test_every_hook_has_a_test(name: str) -> None:
    source = HOOK_TESTS.read_text(encoding="utf-8")
    tree = ast.parse(source)
    tests = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert f"test_hook_{name}" in tests, f"tests/test_plugin_hooks.py has no test_hook_{name}"
    # ...and somewhere in that module a plugin implements the hook.
    implemented = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef) and node.name.startswith("perskamer_")}
    assert name in implemented, f"no plugin in tests/test_plugin_hooks.py implements {name}"


@pytest.mark.parametrize("doc", [REFERENCE, TUTORIAL], ids=lambda p: p.name)
def test_python_examples_compile(doc: Path) -> None:
    blocks = [m["code"] for m in PYTHON_BLOCK.finditer(doc.read_text(encoding="utf-8"))]
    assert blocks
    for code in blocks:
        compile(code, str(doc), "exec")


def test_the_ordering_the_reference_promises() -> None:
    """The anonymiser is tryfirst in the transform chain, as docs/plugins.md says."""
    from perskamer.pluginhost import BUILTIN_PLUGINS, PluginHost

    if "perskamer.plugins.anonymise" not in BUILTIN_PLUGINS:
        pytest.skip("no built-in anonymiser here")
    host = PluginHost()
    host.load_builtins()
    transforms = [name for name, _function in host.implementations("perskamer_transform_report")]
    assert transforms[0] == "anonymise"
    text = REFERENCE.read_text(encoding="utf-8")
    assert "`anonymise` is `tryfirst`" in text

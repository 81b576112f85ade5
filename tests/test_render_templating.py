"""The outputs' Jinja environment reads a dict's keys as Jinja does, only without raising first."""

from __future__ import annotations

from collections import OrderedDict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2 import Environment, StrictUndefined, Undefined

from perskamer.render.templating import environment_class

_NAMES = st.one_of(
    st.sampled_from(["title", "items", "keys", "values", "get", "copy", "pop", "update", "__class__", "__len__",
                     "__doc__", "html", "date", "missing", "fromkeys", "setdefault", "__dict__", "mro"]),
    st.text(min_size=1, max_size=8),
)


def _outcome(env: Environment, obj: object, name: str) -> object:
    found = env.getattr(obj, name)
    if isinstance(found, Undefined):
        return ("undefined", type(found), found._undefined_name)
    if callable(found) and not isinstance(found, str | int):
        return ("callable", getattr(found, "__name__", None), getattr(found, "__self__", None) is obj)
    return ("value", found)


@pytest.mark.parametrize("undefined", [Undefined, StrictUndefined])
@settings(max_examples=300, deadline=None)
@given(keys=st.lists(_NAMES, max_size=6), name=_NAMES, kind=st.sampled_from(["dict", "ordered", "object"]))
def test_getattr_gives_what_jinja_gives(undefined, keys, name, kind):
    plain = Environment(undefined=undefined)
    fast = environment_class()(undefined=undefined)
    data = {k: f"value of {k}" for k in keys}
    obj: object = data if kind == "dict" else OrderedDict(data) if kind == "ordered" else type("View", (), dict(data))()
    assert _outcome(fast, obj, name) == _outcome(plain, obj, name)


def test_a_template_renders_alike_with_keys_that_are_dict_methods():
    source = ("{{ v.title }}|{{ v['items'] }}|{{ v.items is callable }}|{{ v.get('x', 'd') }}|"
              "{% for s in v.sections %}{{ s.label }}:{{ s.html|safe }};{% endfor %}{{ v.nothing is defined }}")
    view = {"title": "A & B", "items": "its items", "x": "y", "sections": [{"label": "<b>", "html": "<p>x</p>"}]}
    plain = Environment(autoescape=True).from_string(source).render(v=view)
    fast = environment_class()(autoescape=True).from_string(source).render(v=view)
    assert fast == plain == "A &amp; B|its items|True|y|&lt;b&gt;:<p>x</p>;False"


def test_a_missing_key_is_still_an_error_under_strict_undefined():
    from jinja2 import UndefinedError

    template = environment_class()(undefined=StrictUndefined).from_string("{{ v.nothing }}")
    with pytest.raises(UndefinedError, match="nothing"):
        template.render(v={"title": "x"})

"""The Jinja environment class every output renders its templates with."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

#: What ``getattr`` finds on a plain dict (``items``, ``keys``...): Jinja's ``x.name`` prefers it to the key.
_DICT_ATTRIBUTES = frozenset(dir({}))


@lru_cache(maxsize=1)
def environment_class() -> type:
    """Jinja's ``Environment``, but ``view.name`` on a plain dict reads the key without an exception.

    The views the templates get are dicts: ``Environment.getattr`` asks for the attribute
    first, catches the AttributeError and then reads the key -- ~85 times a report page, a
    quarter of the page's render. The result is the same (tests/test_render_templating.py):
    a name a dict has as an attribute (``items``...) still gives the attribute, a missing
    key is undefined, anything but a plain dict goes the usual way. (Jinja imported lazily.)
    """
    from jinja2 import Environment

    class DictViewEnvironment(Environment):
        def getattr(self, obj: Any, attribute: str) -> Any:
            if type(obj) is dict and attribute not in _DICT_ATTRIBUTES:
                try:
                    return obj[attribute]
                except KeyError:
                    return self.undefined(obj=obj, name=attribute)
            return super().getattr(obj, attribute)

    return DictViewEnvironment

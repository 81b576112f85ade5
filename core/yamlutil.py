"""Safe YAML loading that remembers where every value stood.

``yaml.safe_load`` alone accepts duplicate keys silently and cannot tell the line of a
field, and an alias bomb can blow up whatever serialises the result later. This
loader builds on :class:`yaml.SafeLoader`: it refuses duplicate keys, anchors/aliases
and non-standard tags with a message and a line, and returns a map from each value's
path (``("speakers", 0)``) to its 1-based line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

Path_ = tuple[Any, ...]


class YamlError(ValueError):
    """A YAML document that cannot be used; ``line`` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.hint = hint


@dataclass
class LoadedYaml:
    data: Any
    lines: dict[Path_, int]

    def line_of(self, path: Path_ | list[Any]) -> int | None:
        """The line of the value at ``path``, or of its nearest parent that has one."""
        p = tuple(path)
        while p:
            if p in self.lines:
                return self.lines[p]
            p = p[:-1]
        return self.lines.get((), None)


def _check_node(node: yaml.Node, path: Path_, lines: dict[Path_, int], line_offset: int, seen_nodes: set[int]) -> None:
    line = node.start_mark.line + 1 + line_offset
    # The composer resolves an alias to the very node its anchor named, so a node met
    # twice is an alias: refuse it (that is how 'billion laughs' documents are built).
    if id(node) in seen_nodes:
        raise YamlError("YAML aliases (*name) are not allowed", line)
    seen_nodes.add(id(node))
    if node.tag not in _ALLOWED_TAGS:
        raise YamlError(
            f"YAML tag {node.tag} is not allowed",
            line,
            hint="remove the tag; only plain text, numbers, dates, lists and mappings are read",
        )
    lines[path] = line
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key_line = key_node.start_mark.line + 1 + line_offset
            if not isinstance(key_node, yaml.ScalarNode):
                raise YamlError("a key must be plain text", key_line)
            key = key_node.value
            if key == "<<" or key_node.tag == "tag:yaml.org,2002:merge":
                raise YamlError("merge keys (<<) are not supported", key_line)
            if key in seen:
                raise YamlError(
                    f"duplicate key '{key}' (first on line {seen[key]})",
                    key_line,
                    hint=f"keep one '{key}:' and remove the other",
                )
            seen[key] = key_line
            _check_node(value_node, path + (key,), lines, line_offset, seen_nodes)
            lines[path + (key,)] = key_line
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _check_node(item, path + (i,), lines, line_offset, seen_nodes)


_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
}


def load_yaml(text: str, *, line_offset: int = 0, max_chars: int = 1_000_000) -> LoadedYaml:
    """Parse one YAML document safely; raise :class:`YamlError` with a line on failure."""
    if len(text) > max_chars:
        raise YamlError(
            f"YAML block is too large ({len(text):,} characters, at most {max_chars:,})",
            1 + line_offset,
            hint="front matter holds a few metadata fields; put long text in the report body",
        )
    # One pass: compose the node tree (libyaml's C composer when available), check
    # it, then construct Python values from the checked nodes with the safe constructor.
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        lines: dict[Path_, int] = {}
        data = None
        if node is not None:
            _check_node(node, (), lines, line_offset, set())
            data = loader.construct_document(node)
    except YamlError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # An unclosed bracket or quote is only noticed at the end of the block; then
        # the line where the construct began is the one to look at.
        if exc.context_mark is not None and (mark is None or mark.line >= text.count("\n")):
            mark = exc.context_mark
        line = mark.line + 1 + line_offset if mark else None
        raise YamlError(f"invalid YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"invalid YAML: {exc}", 1 + line_offset) from None
    except (RecursionError, ValueError, OverflowError) as exc:  # e.g. an impossible date
        raise YamlError(f"invalid YAML value: {exc}", 1 + line_offset) from None
    finally:
        loader.dispose()
    return LoadedYaml(data, lines)

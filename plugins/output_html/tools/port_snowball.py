"""Write ``templates/stemmer-nl.js``: Snowball's Dutch stemmers for the browser, ported from ``snowballstemmer``.

The site search stems the words of the reports in Python (``snowballstemmer``, which uses
PyStemmer's C build of the same algorithms when it is installed) and the words typed in
the search box in the browser. Both sides must stem alike, so the browser's stemmers are
translated mechanically from the Python that Snowball generated (``dutch_stemmer.py`` and
``dutch_porter_stemmer.py`` of the installed ``snowballstemmer``): its syntax tree is
walked and written out as JavaScript, the tables (``Among`` lists, letter groups) are read
from the loaded classes. ``tests/test_search_stemmer.py`` checks that the JavaScript
stems a word list exactly as the Python index does.

Run after upgrading ``snowballstemmer``::

    .venv/bin/python plugins/output_html/tools/port_snowball.py

Snowball (and so the generated code) is BSD-licensed; the notice is kept in the output.
"""

from __future__ import annotations

import ast
import inspect
import json
import sys
from pathlib import Path
from typing import Any

import snowballstemmer
from snowballstemmer.among import Among
from snowballstemmer.dutch_porter_stemmer import DutchPorterStemmer
from snowballstemmer.dutch_stemmer import DutchStemmer

OUT = Path(__file__).resolve().parents[1] / "templates" / "stemmer-nl.js"
#: The browser's names of the two algorithms, as the index names them (see search_index.STEMMERS).
CLASSES = {"dutch": DutchStemmer, "dutch_porter": DutchPorterStemmer}

BASE = r"""
  // The runtime of Snowball's generated stemmers (basestemmer.py, in JavaScript).
  function Base() { this.setCurrent(""); }
  Base.prototype.setCurrent = function (value) {
    this.current = value; this.cursor = 0; this.limit = value.length;
    this.limit_backward = 0; this.bra = 0; this.ket = this.limit;
  };
  Base.prototype.in_grouping = function (s) {
    if (this.cursor >= this.limit || !s.has(this.current[this.cursor])) return false;
    this.cursor += 1; return true;
  };
  Base.prototype.go_in_grouping = function (s) {
    while (this.cursor < this.limit) { if (!s.has(this.current[this.cursor])) return true; this.cursor += 1; }
    return false;
  };
  Base.prototype.in_grouping_b = function (s) {
    if (this.cursor <= this.limit_backward || !s.has(this.current[this.cursor - 1])) return false;
    this.cursor -= 1; return true;
  };
  Base.prototype.go_in_grouping_b = function (s) {
    while (this.cursor > this.limit_backward) { if (!s.has(this.current[this.cursor - 1])) return true; this.cursor -= 1; }
    return false;
  };
  Base.prototype.out_grouping = function (s) {
    if (this.cursor >= this.limit || s.has(this.current[this.cursor])) return false;
    this.cursor += 1; return true;
  };
  Base.prototype.go_out_grouping = function (s) {
    while (this.cursor < this.limit) { if (s.has(this.current[this.cursor])) return true; this.cursor += 1; }
    return false;
  };
  Base.prototype.out_grouping_b = function (s) {
    if (this.cursor <= this.limit_backward || s.has(this.current[this.cursor - 1])) return false;
    this.cursor -= 1; return true;
  };
  Base.prototype.go_out_grouping_b = function (s) {
    while (this.cursor > this.limit_backward) { if (s.has(this.current[this.cursor - 1])) return true; this.cursor -= 1; }
    return false;
  };
  Base.prototype.eq_s = function (s) {
    if (this.limit - this.cursor < s.length || this.current.slice(this.cursor, this.cursor + s.length) !== s) return false;
    this.cursor += s.length; return true;
  };
  Base.prototype.eq_s_b = function (s) {
    if (this.cursor - this.limit_backward < s.length || this.current.slice(this.cursor - s.length, this.cursor) !== s) return false;
    this.cursor -= s.length; return true;
  };
  Base.prototype.find_among = function (v) {
    var i = 0, j = v.length, c = this.cursor, l = this.limit, common_i = 0, common_j = 0, first = false;
    for (;;) {
      var k = i + ((j - i) >> 1), diff = 0, common = Math.min(common_i, common_j), w = v[k];
      for (var i2 = common; i2 < w.s.length; i2++) {
        if (c + common === l) { diff = -1; break; }
        diff = this.current.charCodeAt(c + common) - w.s.charCodeAt(i2);
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) { j = k; common_j = common; } else { i = k; common_i = common; }
      if (j - i <= 1) {
        if (i > 0 || j === i || first) break;
        first = true;
      }
    }
    for (;;) {
      var x = v[i];
      if (common_i >= x.s.length) {
        this.cursor = c + x.s.length;
        if (x.method === null) return x.result;
        if (x.method.call(this)) { this.cursor = c + x.s.length; return x.result; }
      }
      i = x.substring_i;
      if (i < 0) return 0;
    }
  };
  Base.prototype.find_among_b = function (v) {
    var i = 0, j = v.length, c = this.cursor, lb = this.limit_backward, common_i = 0, common_j = 0, first = false;
    for (;;) {
      var k = i + ((j - i) >> 1), diff = 0, common = Math.min(common_i, common_j), w = v[k];
      for (var i2 = w.s.length - 1 - common; i2 >= 0; i2--) {
        if (c - common === lb) { diff = -1; break; }
        diff = this.current.charCodeAt(c - 1 - common) - w.s.charCodeAt(i2);
        if (diff !== 0) break;
        common += 1;
      }
      if (diff < 0) { j = k; common_j = common; } else { i = k; common_i = common; }
      if (j - i <= 1) {
        if (i > 0 || j === i || first) break;
        first = true;
      }
    }
    for (;;) {
      var x = v[i];
      if (common_i >= x.s.length) {
        this.cursor = c - x.s.length;
        if (x.method === null) return x.result;
        if (x.method.call(this)) { this.cursor = c - x.s.length; return x.result; }
      }
      i = x.substring_i;
      if (i < 0) return 0;
    }
  };
  Base.prototype.replace_s = function (c_bra, c_ket, s) {
    var adjustment = s.length - (c_ket - c_bra);
    this.current = this.current.slice(0, c_bra) + s + this.current.slice(c_ket);
    this.limit += adjustment;
    if (this.cursor >= c_ket) this.cursor += adjustment; else if (this.cursor > c_bra) this.cursor = c_bra;
    return adjustment;
  };
  Base.prototype.slice_from = function (s) { this.replace_s(this.bra, this.ket, s); this.ket = this.bra + s.length; };
  Base.prototype.slice_del = function () { this.slice_from(""); };
  Base.prototype.insert = function (c_bra, c_ket, s) {
    var adjustment = this.replace_s(c_bra, c_ket, s);
    if (c_bra <= this.bra) this.bra += adjustment;
    if (c_bra <= this.ket) this.ket += adjustment;
  };
  Base.prototype.slice_to = function () { return this.current.slice(this.bra, this.ket); };
  Base.prototype.assign_to = function () { return this.current.slice(0, this.limit); };
  Base.prototype.stemWord = function (word) { this.setCurrent(word); this.stem(); return this.current; };
"""


class Unsupported(Exception):
    pass


class Writer:
    """Python statements and expressions of Snowball's generated code, as JavaScript."""

    def __init__(self, cls: type):
        self.cls = cls.__name__
        self.lines: list[str] = []

    def emit(self, depth: int, text: str) -> None:
        self.lines.append("  " * depth + text)

    def body(self, stmts: list[ast.stmt], depth: int) -> None:
        for stmt in stmts:
            self.stmt(stmt, depth)

    def stmt(self, node: ast.stmt, depth: int) -> None:
        if isinstance(node, ast.Expr):
            if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
                return  # a docstring
            self.emit(depth, self.expr(node.value) + ";")
        elif isinstance(node, ast.Assign):
            (target,) = node.targets
            prefix = "var " if isinstance(target, ast.Name) else ""
            self.emit(depth, f"{prefix}{self.expr(target)} = {self.expr(node.value)};")
        elif isinstance(node, ast.AugAssign):
            self.emit(depth, f"{self.expr(node.target)} {self.op(node.op)}= {self.expr(node.value)};")
        elif isinstance(node, ast.Return):
            self.emit(depth, "return;" if node.value is None else f"return {self.expr(node.value)};")
        elif isinstance(node, ast.Break):
            self.emit(depth, "break;")
        elif isinstance(node, ast.Continue):
            self.emit(depth, "continue;")
        elif isinstance(node, ast.Pass):
            pass
        elif isinstance(node, ast.If):
            self.emit(depth, f"if ({self.expr(node.test)}) {{")
            self.body(node.body, depth + 1)
            orelse = node.orelse
            while len(orelse) == 1 and isinstance(orelse[0], ast.If):
                self.emit(depth, f"}} else if ({self.expr(orelse[0].test)}) {{")
                self.body(orelse[0].body, depth + 1)
                orelse = orelse[0].orelse
            if orelse:
                self.emit(depth, "} else {")
                self.body(orelse, depth + 1)
            self.emit(depth, "}")
        elif isinstance(node, ast.While):
            if node.orelse:
                raise Unsupported("while ... else")
            self.emit(depth, f"while ({self.expr(node.test)}) {{")
            self.body(node.body, depth + 1)
            self.emit(depth, "}")
        elif isinstance(node, ast.Try):
            # ``try: ... except labN: pass`` with ``raise labN()`` inside: a labelled block left by ``break labN``.
            (handler,) = node.handlers
            if node.orelse or node.finalbody or not isinstance(handler.type, ast.Name) or [type(s) for s in handler.body] != [ast.Pass]:
                raise Unsupported(ast.dump(node)[:80])
            self.emit(depth, f"{handler.type.id}: {{")
            self.body(node.body, depth + 1)
            self.emit(depth, "}")
        elif isinstance(node, ast.Raise):
            if not (isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name) and node.exc.func.id.startswith("lab")):
                raise Unsupported(ast.dump(node))
            self.emit(depth, f"break {node.exc.func.id};")
        else:
            raise Unsupported(ast.dump(node)[:120])

    def op(self, op: ast.AST) -> str:
        ops = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.RShift: ">>", ast.LShift: "<<", ast.BitAnd: "&", ast.BitOr: "|"}
        if type(op) not in ops:
            raise Unsupported(ast.dump(op))
        return ops[type(op)]

    def expr(self, node: ast.expr) -> str:
        if isinstance(node, ast.Constant):
            if node.value is True:
                return "true"
            if node.value is False:
                return "false"
            if node.value is None:
                return "null"
            if isinstance(node.value, (int, str)):
                return json.dumps(node.value)
            raise Unsupported(repr(node.value))
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            if isinstance(node.value, ast.Name) and node.value.id == "self":
                return "this." + node.attr.lstrip("_")
            if isinstance(node.value, ast.Name) and node.value.id == self.cls:
                return "T." + node.attr
            raise Unsupported(ast.dump(node))
        if isinstance(node, ast.Call):
            if isinstance(node.func, ast.Name) and node.func.id == "len" and len(node.args) == 1:
                return f"({self.expr(node.args[0])}).length"
            return f"{self.expr(node.func)}({', '.join(self.expr(a) for a in node.args)})"
        if isinstance(node, ast.Subscript):
            if isinstance(node.slice, ast.Slice):
                raise Unsupported("slice")
            return f"{self.expr(node.value)}[{self.expr(node.slice)}]"
        if isinstance(node, ast.BinOp):
            return f"({self.expr(node.left)} {self.op(node.op)} {self.expr(node.right)})"
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.Not):
                return f"!({self.expr(node.operand)})"
            if isinstance(node.op, ast.USub):
                return f"-{self.expr(node.operand)}"
            raise Unsupported(ast.dump(node))
        if isinstance(node, ast.BoolOp):
            joiner = " && " if isinstance(node.op, ast.And) else " || "
            return "(" + joiner.join(self.expr(v) for v in node.values) + ")"
        if isinstance(node, ast.Compare):
            ops = {ast.Eq: "===", ast.NotEq: "!==", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">="}
            parts, left = [], node.left
            for op, right in zip(node.ops, node.comparators, strict=True):
                if type(op) not in ops:
                    raise Unsupported(ast.dump(op))
                parts.append(f"{self.expr(left)} {ops[type(op)]} {self.expr(right)}")
                left = right
            return "(" + " && ".join(parts) + ")"
        raise Unsupported(ast.dump(node)[:120])


def table(value: Any, methods: dict[str, str]) -> str:
    """A class attribute: a letter group (set), an ``Among`` list, a tuple of strings, a number or flag."""
    if isinstance(value, (set, frozenset)):
        return "new Set(" + json.dumps(sorted(value)) + ")"
    if isinstance(value, (list, tuple)) and value and all(isinstance(v, Among) for v in value):
        rows = []
        for a in value:
            method = "null" if a.method is None else "P." + methods[a.method.__name__]
            rows.append(f"{{s: {json.dumps(a.s)}, substring_i: {a.substring_i}, result: {a.result}, method: {method}}}")
        return "[\n      " + ",\n      ".join(rows) + "\n    ]"
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return json.dumps(list(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    raise Unsupported(f"class attribute {value!r}")


def port(name: str, cls: type) -> str:
    tree = ast.parse(inspect.getsource(sys.modules[cls.__module__]))
    (klass,) = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__]
    writer = Writer(cls)
    methods = {}
    state = []
    for node in klass.body:
        if isinstance(node, ast.FunctionDef):
            methods[node.name] = node.name.lstrip("_")
            writer.emit(2, f"P.{node.name.lstrip('_')} = function () {{")
            writer.body(node.body, 3)
            writer.emit(2, "};")
        elif isinstance(node, ast.Assign):
            (target,) = node.targets
            if isinstance(target, ast.Name) and target.id[:2] in ("B_", "I_", "S_"):
                state.append((target.id, ast.literal_eval(node.value)))
    code = "\n".join(writer.lines)
    tables = []
    for node in klass.body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name) and node.targets[0].id[:2] not in ("B_", "I_", "S_"):
            attr = node.targets[0].id
            tables.append(f"    T.{attr} = {table(getattr(cls, attr), methods)};")
    init = " ".join(f"this.{k} = {table(v, {})};" for k, v in state)
    return (
        f"  // {name}: {cls.__doc__.strip().splitlines()[-1].strip()}\n"
        f"  stemmers[{json.dumps(name)}] = (function () {{\n"
        f"    function T() {{ Base.call(this); {init} }}\n"
        f"    T.prototype = Object.create(Base.prototype);\n"
        f"    var P = T.prototype;\n"
        f"{code}\n"
        + "\n".join(tables)
        + "\n    return T;\n  })();\n"
    )


def main() -> int:
    version = snowballstemmer.__dict__.get("__version__") or _version()
    parts = [
        "/* perskamer: Snowball's Dutch stemmers for the site search, generated by\n"
        "   plugins/output_html/tools/port_snowball.py from snowballstemmer " + version + " (do not edit).\n"
        "   Snowball: Copyright (c) 2001, Dr Martin Porter; Copyright (c) 2004,2005, Richard Boulton;\n"
        "   Copyright (c) 2013, Yoshiki Shibukawa; Copyright (c) 2006,2007,2009,2010,2011,2014-2025, Olly Betts.\n"
        "   BSD 3-clause licence: https://snowballstem.org/license.html */\n",
        "(function (root) {\n  \"use strict\";\n",
        BASE,
        "  var stemmers = {};\n",
    ]
    for name, cls in CLASSES.items():
        parts.append(port(name, cls))
    parts.append(
        "  var made = {};\n"
        "  /** The stem of a lower-case word by the named algorithm (\"dutch\" or \"dutch_porter\"). */\n"
        "  root.perskamerStem = function (algorithm, word) {\n"
        "    var s = made[algorithm] || (made[algorithm] = new stemmers[algorithm]());\n"
        "    return s.stemWord(word);\n"
        "  };\n"
        "})(typeof window !== \"undefined\" ? window : globalThis);\n"
    )
    OUT.write_text("".join(parts), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


def _version() -> str:
    from importlib.metadata import version

    return version("snowballstemmer")


if __name__ == "__main__":
    raise SystemExit(main())

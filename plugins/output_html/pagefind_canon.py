"""Make Pagefind's output the same for the same site.

Pagefind (1.5) writes the values of a filter, and the list of filters in its meta
file, in the order of a Rust ``HashMap``: a different order, so different bytes and a
different file name, on every run. Then every build would rewrite the index, and two
builds of the same site would differ. This module puts both lists in sorted order,
names the rewritten files after their content (as Pagefind does: ``nl_<hash>``, same
length) and points the meta file and ``pagefind-entry.json`` at the new names.

The chunks are gzip-compressed ``pagefind_dcd`` + CBOR; only the few CBOR types
Pagefind uses there are read and written (unsigned integers, text, arrays).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from typing import Any

SIGNATURE = b"pagefind_dcd"


class NotCanonical(ValueError):
    """The bundle is not laid out as this module knows (another Pagefind version)."""


def canonical(files: dict[str, bytes]) -> dict[str, bytes]:
    """The bundle (``{relative path: bytes}``) with its filters in sorted order and names to match."""
    out = dict(files)
    renamed: dict[str, str] = {}
    for rel in sorted(p for p in files if p.startswith("filter/") and p.endswith(".pf_filter")):
        name, values = _decode_all(files[rel])
        if not isinstance(values, list):
            raise NotCanonical(rel)
        data = _encode_all([name, sorted(values, key=lambda pair: str(pair[0]))])
        old = rel[len("filter/") : -len(".pf_filter")]
        new = _name(old, data)
        del out[rel]
        out[f"filter/{new}.pf_filter"] = data
        renamed[old] = new
    metas = [p for p in files if re.fullmatch(r"pagefind\.[^/]+\.pf_meta", p)]
    for rel in metas:
        meta = _decode_all(files[rel])
        filters = next((i for i, part in enumerate(meta) if isinstance(part, list) and part and all(isinstance(x, list) and len(x) == 2 and str(x[1]) in renamed for x in part)), None)
        if filters is not None:
            meta[filters] = sorted(([name, renamed[ref]] for name, ref in meta[filters]), key=lambda pair: str(pair[0]))
        data = _encode_all(meta)
        old = rel[len("pagefind.") : -len(".pf_meta")]
        new = _name(old, data)
        del out[rel]
        out[f"pagefind.{new}.pf_meta"] = data
        entry = json.loads(out["pagefind-entry.json"])
        for language in entry.get("languages", {}).values():
            if language.get("hash") == old:
                language["hash"] = new
        out["pagefind-entry.json"] = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return out


def _name(old: str, data: bytes) -> str:
    """``nl_<hash>`` with a hash of the (uncompressed) content, as long as Pagefind's."""
    prefix, _, digits = old.rpartition("_")
    return f"{prefix}_{hashlib.blake2b(gzip.decompress(data), digest_size=16).hexdigest()[: len(digits)]}"


def _decode_all(data: bytes) -> Any:
    raw = gzip.decompress(data)
    if not raw.startswith(SIGNATURE):
        raise NotCanonical("no pagefind_dcd signature")
    value, end = _decode(raw, len(SIGNATURE))
    if end != len(raw):
        raise NotCanonical("trailing bytes")
    return value


def _encode_all(value: Any) -> bytes:
    return gzip.compress(SIGNATURE + _encode(value), compresslevel=9, mtime=0)


def _decode(raw: bytes, i: int) -> tuple[Any, int]:
    head = raw[i]
    major, info = head >> 5, head & 31
    i += 1
    if info < 24:
        arg = info
    elif info in (24, 25, 26, 27):
        size = 1 << (info - 24)
        arg = int.from_bytes(raw[i : i + size], "big")
        i += size
    else:
        raise NotCanonical(f"CBOR head {head:#x}")
    if major == 0:
        return arg, i
    if major == 3:
        return raw[i : i + arg].decode("utf-8"), i + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, i = _decode(raw, i)
            items.append(item)
        return items, i
    raise NotCanonical(f"CBOR major type {major}")


def _head(major: int, arg: int) -> bytes:
    if arg < 24:
        return bytes([major << 5 | arg])
    for info, size in ((24, 1), (25, 2), (26, 4), (27, 8)):
        if arg < 1 << (8 * size):
            return bytes([major << 5 | info]) + arg.to_bytes(size, "big")
    raise NotCanonical("integer too large")


def _encode(value: Any) -> bytes:
    if isinstance(value, bool) or not isinstance(value, (int, str, list)):
        raise NotCanonical(f"CBOR value {type(value).__name__}")
    if isinstance(value, int):
        return _head(0, value)
    if isinstance(value, str):
        data = value.encode("utf-8")
        return _head(3, len(data)) + data
    return _head(4, len(value)) + b"".join(_encode(v) for v in value)

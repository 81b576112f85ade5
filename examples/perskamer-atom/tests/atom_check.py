"""The rules of RFC 4287 (Atom 1.0) a feed must follow, as a test helper.

``atom_problems(data)`` returns what is wrong with a feed document (``[]`` when it
is valid Atom): well-formed XML in the Atom namespace, the required elements with
the allowed number of each, RFC 3339 dates, absolute IRIs for ids, text constructs
without markup where they declare text or html, unique entry ids, and authors.
"""

from __future__ import annotations

import datetime as _dt
import re
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2005/Atom}"
XHTML_DIV = "{http://www.w3.org/1999/xhtml}div"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
ABSOLUTE_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$")
TEXT_CONSTRUCTS = ("title", "subtitle", "summary", "rights")


def atom_problems(data: bytes) -> list[str]:
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        return [f"not well-formed XML: {exc}"]
    if root.tag != f"{NS}feed":
        return [f"the root element is {root.tag}, not atom:feed"]
    problems: list[str] = []
    feed_has_author = root.find(f"{NS}author") is not None
    _container(root, "feed", ("id", "title", "updated"), ("subtitle", "rights", "icon", "logo", "generator"), problems)
    ids = set()
    entries = root.findall(f"{NS}entry")
    for i, entry in enumerate(entries, 1):
        where = f"entry {i}"
        _container(entry, where, ("id", "title", "updated"), ("published", "summary", "content", "rights", "source"), problems)
        if not feed_has_author and entry.find(f"{NS}author") is None:
            problems.append(f"{where}: no atom:author, and the feed has none either")
        content = entry.find(f"{NS}content")
        alternates = [link for link in entry.findall(f"{NS}link") if link.get("rel", "alternate") == "alternate"]
        if content is None and not alternates:
            problems.append(f"{where}: neither atom:content nor a link rel='alternate'")
        if content is not None and content.get("src") and entry.find(f"{NS}summary") is None:
            problems.append(f"{where}: out-of-line content needs an atom:summary")
        entry_id = (entry.findtext(f"{NS}id") or "").strip()
        if entry_id in ids:
            problems.append(f"{where}: duplicate id {entry_id}")
        ids.add(entry_id)
    return problems


def _container(element: ET.Element, where: str, required: tuple[str, ...], at_most_one: tuple[str, ...], problems: list[str]) -> None:
    for name in required:
        count = len(element.findall(f"{NS}{name}"))
        if count != 1:
            problems.append(f"{where}: {count} atom:{name} elements, exactly one required")
    for name in at_most_one:
        if len(element.findall(f"{NS}{name}")) > 1:
            problems.append(f"{where}: more than one atom:{name}")
    value = (element.findtext(f"{NS}id") or "").strip()
    if value and not ABSOLUTE_IRI.match(value):
        problems.append(f"{where}: atom:id {value!r} is not an absolute IRI")
    for name in ("updated", "published"):
        for date in element.findall(f"{NS}{name}"):
            text = (date.text or "").strip()
            if not RFC3339.match(text):
                problems.append(f"{where}: atom:{name} {text!r} is not an RFC 3339 date-time")
                continue
            try:
                _dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                problems.append(f"{where}: atom:{name} {text!r} is not a real date")
    for name in (*TEXT_CONSTRUCTS, "content"):
        for construct in element.findall(f"{NS}{name}"):
            kind = construct.get("type", "text")
            if name != "content" and kind not in ("text", "html", "xhtml"):
                problems.append(f"{where}: atom:{name} has type {kind!r}")
            if kind in ("text", "html") and len(construct):
                problems.append(f"{where}: atom:{name} of type {kind} holds child elements")
            if kind == "xhtml" and (len(construct) != 1 or construct[0].tag != XHTML_DIV):
                problems.append(f"{where}: atom:{name} of type xhtml must hold exactly one xhtml:div")
    for link in element.findall(f"{NS}link"):
        if not link.get("href"):
            problems.append(f"{where}: atom:link without href")
    pairs = [(link.get("type"), link.get("hreflang")) for link in element.findall(f"{NS}link") if link.get("rel", "alternate") == "alternate"]
    if len(pairs) != len(set(pairs)):
        problems.append(f"{where}: two alternate links with the same type and hreflang")
    for category in element.findall(f"{NS}category"):
        if not category.get("term"):
            problems.append(f"{where}: atom:category without term")
    for person in (*element.findall(f"{NS}author"), *element.findall(f"{NS}contributor")):
        if len(person.findall(f"{NS}name")) != 1:
            problems.append(f"{where}: a person construct needs exactly one atom:name")

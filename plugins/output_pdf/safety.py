"""The last check before HTML reaches WeasyPrint: nothing in it may load or embed.

Report text is escaped by the templates and section Markdown is sanitised by
:func:`perskamer.render.text.markdown_to_html`, so none of this should ever be found;
this check makes that a guarantee instead of an assumption (a template override or a
future change cannot quietly open a hole). Stylesheets never travel inside the HTML:
they are passed to WeasyPrint separately, through the same restricted URL fetcher.
"""

from __future__ import annotations

from html.parser import HTMLParser

#: Elements that load, embed or attach something, or change where URLs point.
FORBIDDEN_TAGS = frozenset(
    {"link", "style", "script", "object", "embed", "iframe", "frame", "frameset", "applet",
     "base", "svg", "math", "video", "audio", "source", "track", "picture", "portal", "form", "input", "meta-refresh"}
)  # fmt: skip
#: Attributes that make WeasyPrint fetch something (images are allowed only on <img>).
FETCHING_ATTRS = frozenset({"src", "srcset", "data", "poster", "background", "xlink:href", "lowsrc", "dynsrc"})


class UnsafeHTML(ValueError):
    """The HTML meant for WeasyPrint holds something that could load or embed a resource."""


class _Checker(HTMLParser):
    def __init__(self, allowed_srcs: set[str] | None) -> None:
        super().__init__(convert_charrefs=True)
        self.allowed_srcs = allowed_srcs
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._check(tag, attrs)

    def _check(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in FORBIDDEN_TAGS:
            self.found.append(f"<{tag}>")
            return
        for name, value in attrs:
            value = value or ""
            if name == "style":
                self.found.append(f"style attribute on <{tag}>")
            elif name == "rel" and "attachment" in value.lower().split():
                self.found.append(f'rel="attachment" on <{tag}>')
            elif name.startswith("on"):
                self.found.append(f"{name} attribute on <{tag}>")
            elif name in FETCHING_ATTRS:
                if tag == "img" and name == "src" and (self.allowed_srcs is None or value in self.allowed_srcs):
                    continue
                self.found.append(f"{name}={value[:40]!r} on <{tag}>")
            elif name == "http-equiv":
                self.found.append(f"http-equiv on <{tag}>")
        if tag == "meta" and any(n == "content" and v and "url=" in v.lower() for n, v in attrs):
            self.found.append("<meta> with a URL")


def check_print_html(html: str, *, allowed_srcs: set[str] | None = None) -> None:
    """Raise :class:`UnsafeHTML` if ``html`` holds a tag or attribute that loads or embeds.

    ``allowed_srcs``: the only values an ``<img src>`` may have (the photos perskamer
    itself put there); ``None`` allows any ``<img>`` (the fetcher still confines it).
    """
    checker = _Checker(allowed_srcs)
    checker.feed(html)
    checker.close()
    if checker.found:
        raise UnsafeHTML("refusing to print HTML with " + ", ".join(sorted(set(checker.found))))

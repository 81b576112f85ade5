"""The only way WeasyPrint may load anything while perskamer prints a PDF.

WeasyPrint fetches every stylesheet, image, font, ``<object>`` and attachment it
meets through a URL fetcher; the default one follows ``http(s)://``, ``ftp://`` and
any ``file://`` path. A report is untrusted input, so :class:`SafeURLFetcher` serves

* files held in memory for this render (the report's photo, already downscaled),
  addressed as paths under the asset folder;
* regular files under the asset folder(s), after resolving symlinks and ``..``,
  up to a size limit (no ``/etc/passwd``, no ``/dev/zero``, no FIFO);
* ``data:`` URIs of an image, stylesheet or font type, up to a size limit;

and refuses everything else (``http``, ``https``, ``ftp``, other hosts, other
schemes) without touching the network. Refusals are recorded in ``refused`` so a
test, or ``--debug``, can see what a document tried to load.

This module imports ``weasyprint.urls`` (and so WeasyPrint itself): import it only
when a PDF is actually rendered.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit
from urllib.request import url2pathname

from weasyprint.urls import URLFetcher, URLFetcherResponse

#: Largest file the fetcher reads from disk.
MAX_FILE_BYTES = 30 * 1024 * 1024
#: Largest ``data:`` URI payload it decodes.
MAX_DATA_BYTES = 2 * 1024 * 1024

DATA_MEDIA_TYPES = {
    "image/png", "image/jpeg", "image/gif", "image/webp", "image/svg+xml",
    "text/css", "font/woff", "font/woff2", "font/ttf", "font/otf",
    "application/font-woff", "application/x-font-ttf", "application/font-sfnt",
}  # fmt: skip


class BlockedURL(ValueError):
    """The fetcher refused a URL (WeasyPrint logs it and leaves the resource out)."""


class SafeURLFetcher(URLFetcher):
    """A WeasyPrint URL fetcher confined to the build's asset folder and small data: URIs.

    ``roots``: folders whose regular files may be served (resolved once, here).
    ``files``: in-memory files, ``{"media/x.jpg": (bytes, media_type)}``, addressed
    relative to the first root (they need not exist on disk).
    """

    def __init__(
        self,
        roots: Iterable[Path] = (),
        *,
        files: Mapping[str, tuple[bytes, str]] | None = None,
        max_file_bytes: int = MAX_FILE_BYTES,
        max_data_bytes: int = MAX_DATA_BYTES,
    ) -> None:
        # No redirects, no network protocols: even if a code path reached the
        # parent's opener, it could only open file: and data:, and we never call it.
        super().__init__(timeout=1, allowed_protocols=("file", "data"), allow_redirects=False, fail_on_errors=False)
        self.roots = [Path(r).resolve() for r in roots]
        self.files = dict(files or {})
        self.max_file_bytes = max_file_bytes
        self.max_data_bytes = max_data_bytes
        self.refused: list[str] = []
        self.served: list[str] = []

    # WeasyPrint calls fetch(url) (through __call__ and open); everything funnels here.
    def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> URLFetcherResponse:
        try:
            response = self._fetch(str(url))
        except Exception as exc:
            self.refused.append(f"{_short(url)}: {exc}")
            raise BlockedURL(f"perskamer does not load {_short(url)} ({exc})") from None
        self.served.append(_short(url))
        return response

    def open(self, url, data=None, timeout=None):  # noqa: ANN001 - urllib's signature
        full = getattr(url, "full_url", url)
        return self.fetch(full)

    def _fetch(self, url: str) -> URLFetcherResponse:
        scheme = url.split(":", 1)[0].lower() if ":" in url else ""
        if scheme == "data":
            data, media_type = self._data(url)
            return URLFetcherResponse(url[:64], data, {"Content-Type": media_type})
        if scheme == "file":
            data, media_type = self._file(url)
            return URLFetcherResponse(url, data, {"Content-Type": media_type})
        raise ValueError(f"the scheme {scheme or '(none)'!r} is not allowed")

    # -- data: ----------------------------------------------------------------------
    def _data(self, url: str) -> tuple[bytes, str]:
        # A base64 payload is 4/3 of its bytes; refuse before decoding anything big.
        if len(url) > self.max_data_bytes * 4 // 3 + 256:
            raise ValueError(f"data: URI larger than {self.max_data_bytes // 1024} kB")
        header, sep, payload = url[5:].partition(",")
        if not sep:
            raise ValueError("malformed data: URI")
        params = [p.strip() for p in header.split(";")]
        media_type = (params[0] or "text/plain").lower()
        if media_type not in DATA_MEDIA_TYPES:
            raise ValueError(f"data: URI of type {media_type} is not allowed")
        if "base64" in (p.lower() for p in params[1:]):
            data = base64.b64decode(unquote_to_bytes(payload), validate=False)
        else:
            data = unquote_to_bytes(payload)
        if len(data) > self.max_data_bytes:
            raise ValueError(f"data: URI larger than {self.max_data_bytes // 1024} kB")
        return data, media_type

    # -- file: ----------------------------------------------------------------------
    def _file(self, url: str) -> tuple[bytes, str]:
        parts = urlsplit(url)
        if parts.netloc not in ("", "localhost"):
            raise ValueError("file: URLs on another host are not allowed")
        raw = url2pathname(parts.path)
        if "\x00" in raw:
            raise ValueError("NUL in path")
        lexical = Path(os.path.normpath(raw))
        if not self.roots:
            raise ValueError("no asset folder configured")
        # In-memory files first (the photo prepared for print).
        try:
            rel = lexical.relative_to(self.roots[0]).as_posix()
        except ValueError:
            rel = None
        if rel is not None and rel in self.files:
            return self.files[rel]
        try:
            real = Path(raw).resolve(strict=True)
        except (OSError, RuntimeError):
            raise ValueError("no such file") from None
        if not any(real.is_relative_to(root) for root in self.roots):
            raise ValueError("outside the asset folder")
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
        fd = os.open(real, flags)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise ValueError("not a regular file")
            if st.st_size > self.max_file_bytes:
                raise ValueError(f"larger than {self.max_file_bytes // (1024 * 1024)} MB")
            with os.fdopen(fd, "rb", closefd=False) as handle:
                data = handle.read(self.max_file_bytes + 1)
        finally:
            os.close(fd)
        if len(data) > self.max_file_bytes:
            raise ValueError("grew beyond the size limit")
        media_type = mimetypes.guess_type(real.name)[0] or "application/octet-stream"
        return data, media_type


def _short(url: str) -> str:
    url = str(url)
    return url if len(url) <= 80 else url[:77] + "..."

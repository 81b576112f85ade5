"""Safety checks for zip-based documents (.docx, .odt) before any XML is parsed.

Zip bombs are refused by the declared uncompressed sizes (``zipfile`` never inflates
past what a member declares), as are packages with too many members and old binary
(OLE) files, which is what a password-protected Word or LibreOffice file is.
"""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree as ET

MAX_UNCOMPRESSED_BYTES = 150 * 1024 * 1024
MAX_ZIP_ENTRIES = 5000
MAX_RATIO = 200  # a member that is 200x smaller packed than unpacked (and big) is a bomb
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class PackageError(Exception):
    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint


def open_package(data: bytes, *, what: str, resave: str, max_bytes: int = MAX_UNCOMPRESSED_BYTES) -> zipfile.ZipFile:
    """Open ``data`` as a zip package or raise :class:`PackageError` (``what``: "a Word
    document (.docx)"; ``resave``: how to save the file again)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise PackageError(f"the file is damaged or not {what}", resave) from None
    if len(infos) > MAX_ZIP_ENTRIES:
        raise PackageError(f"the document holds {len(infos)} files, more than the {MAX_ZIP_ENTRIES} allowed")
    total = sum(i.file_size for i in infos)
    if total > max_bytes:
        raise PackageError(f"the document unpacks to {total / 1e6:.0f} MB, more than the "
                           f"{max_bytes / 1e6:.0f} MB allowed", "make the photos smaller and save again")
    for i in infos:
        if i.file_size > 5_000_000 and i.file_size > MAX_RATIO * max(1, i.compress_size):
            raise PackageError(f"the document is a zip bomb ({i.filename} unpacks {i.file_size // max(1, i.compress_size)}x)")
    return zf


def read_member(zf: zipfile.ZipFile, name: str) -> bytes | None:
    try:
        return zf.read(name)
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
        return None


_DTD_RE = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)


def parse_xml(data: bytes) -> ET.Element:
    """Parse an XML part of a document. A DTD (and so every entity trick) is refused:
    no office format needs one. Raises :class:`PackageError`."""
    if _DTD_RE.search(data[:4096]) or _DTD_RE.search(data):
        raise PackageError("the document holds a DTD (entity declarations), which is not allowed",
                           "open it in its editor and save it again")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise PackageError(f"the document is damaged ({exc})", "open it in its editor and save it again") from None

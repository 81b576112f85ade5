"""Photos for publication: read through the core's checked asset reader, downscaled.

A reporter's phone photo is easily 5 MB and 4000 px wide; the web needs at most
1600 px. Pillow is imported only when a photo is actually published.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from ..context import AssetError
from ..model import Problem, Report

WEB_MAX_PX = 1600
#: Refuse images whose pixel count would make decoding itself a memory problem.
MAX_PIXELS = 60_000_000


@dataclass
class PreparedPhoto:
    data: bytes
    media_type: str
    width: int
    height: int


def prepare_photo(report: Report, context: Any, max_px: int = WEB_MAX_PX) -> PreparedPhoto | Problem | None:
    """The report's photo as bytes ready to publish, or a problem saying why not."""
    photo = report.photo
    if photo is None:
        return None
    key = (report.source, photo.src, len(photo.data or b""), max_px)
    # once per build and size; every caller records the photo file as its input
    return context.once(f"photo:{key!r}", lambda: _prepare(report, context, max_px))


def _prepare(report: Report, context: Any, max_px: int) -> PreparedPhoto | Problem:
    photo = report.photo
    assert photo is not None
    try:
        raw = photo.data if photo.data is not None else context.read_asset(report, photo.src or "", context.config.max_photo_bytes)
    except AssetError as exc:
        return Problem(
            "warning", f"photo not published: {exc}", file=report.source, field="photo", hint="put the photo next to the report and refer to it by its file name"
        )
    return downscale(raw, max_px, report.source)


#: What a re-encoded image keeps from the original's info: what its pixels need to look right.
_KEPT_INFO = ("transparency",)


def downscale(raw: bytes, max_px: int, file: str | None = None) -> PreparedPhoto | Problem:
    """Scale a photo down to ``max_px`` and re-encode it from its decoded pixels.

    Nothing of the original file is passed through: metadata can sit anywhere (EXIF
    and XMP before the pixels, a PNG text chunk after IDAT, bytes appended after a
    JPEG's end marker), so every published image is a new file made from the pixels
    alone (JPEG, or PNG when it has transparency).
    """
    from PIL import Image, ImageOps, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
    try:
        with Image.open(io.BytesIO(raw)) as img:
            fmt = (img.format or "").upper()
            if fmt == "JPEG" and max(img.size) > max_px:
                img.draft("RGB", (max_px, max_px))  # decode at a reduced scale: ~4x faster
            img = ImageOps.exif_transpose(img)  # a copy: the orientation applied, the EXIF gone
            scaled = max(img.size) > max_px
            if scaled:
                img.thumbnail((max_px, max_px))
            img.info = {k: v for k, v in img.info.items() if k in _KEPT_INFO}
            out = io.BytesIO()
            transparent = img.mode in ("RGBA", "LA", "P", "PA") and fmt in ("PNG", "GIF", "WEBP")
            if transparent or (fmt == "PNG" and not scaled):  # a small PNG stays a (lossless) PNG
                img.save(out, "PNG", optimize=True)
                media = "image/png"
            else:
                img.convert("RGB").save(out, "JPEG", quality=85, optimize=True, progressive=True)
                media = "image/jpeg"
            return PreparedPhoto(out.getvalue(), media, img.width, img.height)
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        return Problem("warning", f"the photo cannot be read as an image ({type(exc).__name__})", file=file, field="photo")


def photo_suffix(media_type: str) -> str:
    return {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif", "image/webp": ".webp"}.get(media_type, ".jpg")


def photo_view(report: Report, context: Any, max_px: int = WEB_MAX_PX) -> tuple[dict[str, Any] | None, PreparedPhoto | None]:
    """The report's photo as every output shows it: where it is published, alt, caption, size.

    Returns ``(view, prepared)``; ``(None, None)`` when there is no usable photo, in
    which case the reason is recorded on the report once.
    """
    prepared = prepare_photo(report, context, max_px)
    if isinstance(prepared, Problem):
        if not any(p.message == prepared.message for p in report.problems):
            report.problems.append(prepared)
        return None, None
    if prepared is None or report.photo is None:
        return None, None
    view = {
        "src": f"media/{report.slug}{photo_suffix(prepared.media_type)}",
        "alt": report.photo.alt or f"Sfeerbeeld van de sessie {report.title}",
        "caption": report.photo.caption or "",
        "width": prepared.width,
        "height": prepared.height,
    }
    return view, prepared

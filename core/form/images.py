"""Turn image bytes found in a document into a publishable photo.

Every photo is decoded and re-encoded with Pillow: that bounds its size (at most
``MAX_SIDE`` pixels on the longest side), applies the EXIF rotation and drops
metadata such as GPS positions and camera owner names.
"""

from __future__ import annotations

import io

MAX_SIDE = 1600
MAX_IMAGE_BYTES = 30 * 1024 * 1024
MAX_PIXELS = 64_000_000  # larger images are refused before decoding (decompression bombs)

_EXT = {"image/jpeg": "jpg", "image/png": "png"}


def prepare_photo(data: bytes, *, filename: str | None = None, max_side: int = MAX_SIDE) -> tuple[bytes, str, str] | str:
    """Return ``(bytes, media_type, extension)`` ready to publish, or a message saying why not.

    Never raises.
    """
    if not data:
        return "the image is empty"
    if len(data) > MAX_IMAGE_BYTES:
        return f"the image is {len(data) / 1e6:.1f} MB, more than the {MAX_IMAGE_BYTES / 1e6:.0f} MB allowed"
    try:
        from PIL import Image, ImageOps
    except ImportError:  # pragma: no cover - Pillow is a dependency
        return "Pillow is not installed"
    try:
        with Image.open(io.BytesIO(data)) as probe:
            width, height = probe.size
            fmt = (probe.format or "").upper()
        if width * height > MAX_PIXELS:
            return f"the image is {width}x{height} pixels, more than the {MAX_PIXELS // 1_000_000} megapixels allowed"
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            img: Image.Image = ImageOps.exif_transpose(opened) or opened
            if max(img.size) > max_side:
                img.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            out = io.BytesIO()
            has_alpha = img.mode in ("RGBA", "LA") or (img.mode == "P" and "transparency" in img.info)
            if fmt == "JPEG" or (not has_alpha and fmt not in ("PNG", "GIF") and img.mode in ("RGB", "L", "CMYK", "YCbCr")):
                if img.mode not in ("RGB", "L"):
                    img = img.convert("RGB")
                img.save(out, "JPEG", quality=85, optimize=True)
                media_type = "image/jpeg"
            else:
                if img.mode not in ("RGB", "RGBA", "L", "LA", "P"):
                    img = img.convert("RGBA" if has_alpha else "RGB")
                img.save(out, "PNG", optimize=False)
                media_type = "image/png"
    except Exception as exc:  # Pillow raises many types for bad data
        name = f" {filename}" if filename else ""
        return f"the image{name} cannot be read ({type(exc).__name__}: {exc})"
    return out.getvalue(), media_type, _EXT[media_type]

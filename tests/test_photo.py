"""Photos are published small and without metadata that could say where they were taken."""

from __future__ import annotations

import io

from PIL import Image

from perskamer.model import Problem
from perskamer.render.photo import PreparedPhoto, downscale


def _jpeg(size: tuple[int, int], exif: bool) -> bytes:
    img = Image.new("RGB", size, (200, 120, 40))
    out = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010F] = "PhoneMaker"  # Make
        data[0x8825] = {2: (51.0, 3.0, 0.0)}  # GPSInfo: latitude
        kwargs["exif"] = data.tobytes()
    img.save(out, "JPEG", **kwargs)
    return out.getvalue()


def test_metadata_is_stripped_even_from_small_photos():
    prepared = downscale(_jpeg((400, 300), exif=True), 1600)
    assert isinstance(prepared, PreparedPhoto)
    with Image.open(io.BytesIO(prepared.data)) as img:
        assert "exif" not in img.info
        assert not img.getexif()
    assert b"PhoneMaker" not in prepared.data


def test_bytes_after_a_small_jpegs_end_marker_are_never_published():
    raw = _jpeg((400, 300), exif=False) + b"GPS 51.05N 3.72E Yasmina El Khatib"
    prepared = downscale(raw, 1600)
    assert isinstance(prepared, PreparedPhoto) and prepared.media_type == "image/jpeg"
    assert b"Yasmina" not in prepared.data and prepared.data.endswith(b"\xff\xd9")
    with Image.open(io.BytesIO(prepared.data)) as img:
        assert img.size == (400, 300)


def test_a_png_text_chunk_after_the_image_data_is_never_published():
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 200, 30)).save(out, "PNG")
    png = out.getvalue()
    iend = png.rindex(b"IEND") - 4
    chunk = _png_chunk(b"tEXt", b"Author\0Yasmina El Khatib")
    prepared = downscale(png[:iend] + chunk + png[iend:], 1600)
    assert isinstance(prepared, PreparedPhoto) and prepared.media_type == "image/png"
    assert b"Yasmina" not in prepared.data and b"tEXt" not in prepared.data
    with Image.open(io.BytesIO(prepared.data)) as img:
        assert img.size == (40, 30) and img.getpixel((0, 0)) == (10, 200, 30)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    import struct
    import zlib

    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def test_large_photo_is_scaled_down():
    prepared = downscale(_jpeg((4000, 3000), exif=True), 1600)
    assert isinstance(prepared, PreparedPhoto)
    assert max(prepared.width, prepared.height) <= 1600
    with Image.open(io.BytesIO(prepared.data)) as img:
        assert max(img.size) <= 1600 and "exif" not in img.info


def test_not_an_image_is_a_problem_not_a_crash():
    assert isinstance(downscale(b"GIF89a not really", 1600, "x.md"), Problem)


def test_png_text_chunks_are_dropped():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "Yasmina El Khatib")
    out = io.BytesIO()
    Image.new("RGB", (20, 10), "white").save(out, "PNG", pnginfo=info)
    prepared = downscale(out.getvalue(), 1600)
    assert isinstance(prepared, PreparedPhoto)
    assert b"Yasmina" not in prepared.data

"""Render resources/icons/resreader.svg into the icon files the platforms need.

    .venv/bin/python packaging/make_icons.py

Writes resreader-<size>.png for every size in ICON_SIZES (Qt's SVG renderer), resreader.ico
(Windows: PNG-compressed entries up to 256 px) and resreader.icns (macOS: PNG entries
ic07..ic14, up to 1024 px). The outputs are committed; run this again after editing the SVG.
The ICO and ICNS containers are written here with the standard library only.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # 256 is the largest an ICO entry can declare
# ICNS entry types holding PNG data, and their pixel sizes (ic11..ic14 are the @2x ones).
ICNS_TYPES = {
    b"ic11": 32,
    b"ic12": 64,
    b"ic07": 128,
    b"ic13": 256,
    b"ic08": 256,
    b"ic14": 512,
    b"ic09": 512,
    b"ic10": 1024,
}


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px PNG")
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """ICONDIR, one 16-byte ICONDIRENTRY per size, then the PNG streams (Vista+ format)."""
    sizes = sorted(pngs)
    offset = 6 + 16 * len(sizes)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    entries, blobs = b"", b""
    for size in sizes:
        png = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in the one-byte width/height
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def icns_bytes(entries: list[tuple[bytes, bytes]]) -> bytes:
    """'icns' + total length, then (type, length including the 8-byte header, PNG) entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(png)) + png for kind, png in entries)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, etc.)
    renderer = QSvgRenderer(str(ICONS / "resreader.svg"))
    if not renderer.isValid():
        print("make_icons: resreader.svg is not valid SVG", file=sys.stderr)
        return 1
    wanted = set(ICON_SIZES) | set(ICO_SIZES) | set(ICNS_TYPES.values())
    pngs = {size: render_png(renderer, size) for size in sorted(wanted)}
    for size in ICON_SIZES:
        (ICONS / f"resreader-{size}.png").write_bytes(pngs[size])
    (ICONS / "resreader.ico").write_bytes(ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    icns = [(kind, pngs[size]) for kind, size in ICNS_TYPES.items()]
    (ICONS / "resreader.icns").write_bytes(icns_bytes(icns))
    print(f"make_icons: wrote {len(ICON_SIZES)} PNGs, resreader.ico, resreader.icns in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

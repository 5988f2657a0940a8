"""Check a screenshot with the standard library only (CI's Python may have no Qt):

    python3 packaging/pngcheck.py OUT.png 1280x800

Prints the size, the number of distinct colours and the spread of brightness; exits 1 when
the file is not a PNG of that size or looks blank (one flat colour, as an unpainted window).
"""

from __future__ import annotations

import statistics
import struct
import sys
import zlib
from dataclasses import dataclass

SIGNATURE = b"\x89PNG\r\n\x1a\n"
CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}  # colour type -> samples per pixel (8-bit only)
MIN_COLOURS, MIN_SPREAD = 8, 8.0  # a painted window has text and frames: far above both


@dataclass
class PngStats:
    width: int
    height: int
    colours: int  # distinct pixel values
    spread: float  # standard deviation of brightness, 0..255

    @property
    def blank(self) -> bool:
        return self.colours < MIN_COLOURS or self.spread < MIN_SPREAD


def chunks(data: bytes):
    if not data.startswith(SIGNATURE):
        raise ValueError("not a PNG file")
    pos = len(SIGNATURE)
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        yield kind, data[pos + 8 : pos + 8 + length]
        pos += 12 + length


def size(data: bytes) -> tuple[int, int]:
    """Width and height from the IHDR chunk, which must come first."""
    kind, body = next(chunks(data))
    if kind != b"IHDR":
        raise ValueError("PNG without IHDR first")
    return struct.unpack(">II", body[:8])


def rows(data: bytes) -> tuple[int, int, int, list[bytes]]:
    """Width, height, samples per pixel and the unfiltered scanlines (8-bit, non-interlaced)."""
    parts = list(chunks(data))
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", parts[0][1])
    if depth != 8 or colour not in CHANNELS or interlace:
        raise ValueError(f"unsupported PNG: depth {depth}, colour {colour}, interlace {interlace}")
    bpp = CHANNELS[colour]
    raw = zlib.decompress(b"".join(body for kind, body in parts if kind == b"IDAT"))
    stride, prev, out = width * bpp, bytearray(width * bpp), []
    for y in range(height):
        start = y * (stride + 1)
        line = bytearray(raw[start + 1 : start + 1 + stride])
        _unfilter(raw[start], line, prev, bpp)
        out.append(bytes(line))
        prev = line
    return width, height, bpp, out


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> None:
    if kind == 1:
        for i in range(bpp, len(line)):
            line[i] = (line[i] + line[i - bpp]) & 0xFF
    elif kind == 2:
        line[:] = bytes((a + b) & 0xFF for a, b in zip(line, prev, strict=True))
    elif kind == 3:
        for i in range(len(line)):
            left = line[i - bpp] if i >= bpp else 0
            line[i] = (line[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(len(line)):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 0xFF
    elif kind != 0:
        raise ValueError(f"bad PNG filter type {kind}")


def stats(data: bytes) -> PngStats:
    width, height, bpp, lines = rows(data)
    colours: set[bytes] = set()
    brightness: list[int] = []
    for line in lines:
        colours.update(line[i : i + bpp] for i in range(0, len(line), bpp))
        grey = line[0::bpp] if bpp < 3 else line[1::bpp]  # green: close enough to luminance
        brightness.extend(grey[::4])  # every 4th pixel is plenty for a spread
    return PngStats(width, height, len(colours), statistics.pstdev(brightness))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    path, wanted = argv
    try:
        with open(path, "rb") as handle:
            result = stats(handle.read())
    except (OSError, ValueError, zlib.error) as err:
        print(f"pngcheck: {path}: {err}")
        return 1
    found = f"{result.width}x{result.height}"
    print(
        f"pngcheck: {path}: {found}, {result.colours} colours, brightness spread "
        f"{result.spread:.1f}"
    )
    if found != wanted:
        print(f"pngcheck: expected {wanted}")
        return 1
    if result.blank:
        print("pngcheck: looks blank")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

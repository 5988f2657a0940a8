"""Tiny PDFs for tests, written by hand: no Qt, no reportlab, only the standard library.

Two levels:

- `PdfBuilder`: pages of US Letter (612 x 792 points) with text placed at (x, baseline y
  measured from the page top) in the base-14 Times fonts (PDFium has them built in, nothing
  is embedded), drawn horizontal rules, images (a scanned page), any number of pages, a
  correct xref table, and optionally the standard security handler (RC4, revision 2 or 3)
  with a user and/or owner password. Every `text()` call is one BT…ET block, i.e. one
  PDFium text object, i.e. one `Run` of the reader: tests decide exactly how a line is split
  into runs, as Word does.

      doc = PdfBuilder()
      page = doc.page()
      page.text(147, 386, "Recalling ", font=ITALIC).text(192.6, 386, "its resolution 1/1,")
      data = doc.build()

- `UNResolution`: a UN-like resolution laid out as the official PDFs are (masthead above
  the rule at y=210, job number and barcode in the footer band, "The General Assembly,",
  preambular paragraphs indented on the first line, operative numbers hanging at 147.6,
  raised footnote markers, footnotes under a `__________________` line, running headers and
  `2/3` page numbers on later pages), with automatic line wrapping and page breaks.

The character widths are Adobe's AFM metrics of the four Times fonts (via groff's devps
tables) and are written into each font's /Widths, so the positions computed here are the
ones PDFium reports, whatever its built-in font substitute.
"""

from __future__ import annotations

import hashlib
import re
import struct
from dataclasses import dataclass, field

PAGE_WIDTH, PAGE_HEIGHT = 612.0, 792.0
ROMAN, ITALIC, BOLD, BOLD_ITALIC = "Times-Roman", "Times-Italic", "Times-Bold", "Times-BoldItalic"
FONTS = {ROMAN: "TR", ITALIC: "TI", BOLD: "TB", BOLD_ITALIC: "TBI"}

# Widths (1/1000 em) of ASCII 32..126, from the fonts' AFM files.
# fmt: off
_ASCII = {
    ROMAN: [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541],
    ITALIC: [250, 333, 420, 500, 500, 833, 778, 214, 333, 333, 500, 675, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 675, 675, 675, 500, 920, 611, 611, 667, 722, 611, 611, 722, 722, 333, 444, 667, 556, 833, 667, 722, 611, 722, 611, 500, 556, 722, 611, 833, 611, 556, 556, 389, 278, 389, 422, 500, 333, 500, 500, 444, 500, 444, 278, 500, 500, 278, 278, 444, 278, 722, 500, 500, 500, 500, 389, 389, 278, 500, 444, 667, 444, 444, 389, 400, 275, 400, 541],
    BOLD: [250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520],
    BOLD_ITALIC: [250, 389, 555, 500, 500, 833, 778, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 832, 667, 667, 667, 722, 667, 667, 722, 778, 389, 500, 667, 611, 889, 722, 722, 611, 722, 667, 556, 611, 722, 667, 889, 667, 611, 611, 333, 278, 333, 570, 500, 333, 500, 500, 444, 500, 444, 333, 500, 556, 278, 278, 500, 278, 778, 556, 500, 500, 500, 389, 389, 278, 556, 444, 667, 500, 444, 389, 348, 220, 348, 570],
}
# fmt: on
# Other characters (the same in the four fonts, near enough: /Widths makes it exact).
_OTHER = {
    "–": 500,
    "—": 1000,
    "‘": 333,
    "’": 333,
    "“": 444,
    "”": 444,
    "\xa0": 250,
    "\xad": 333,
    "\u2011": 333,
    "\u2010": 333,
    "é": 444,
    "ô": 500,
    "ç": 444,
}
# Characters WinAnsi lacks get codes from here on, named by /Differences, read by /ToUnicode.
_EXTRA_FIRST = 0x10
_EXTRA_GLYPHS = {"\u2011": "hyphen", "\u2010": "hyphen"}


def char_width(char: str, font: str) -> int:
    code = ord(char)
    if 32 <= code <= 126:
        return _ASCII[font][code - 32]
    return _OTHER.get(char, 500)


def text_width(text: str, font: str = ROMAN, size: float = 10.0) -> float:
    """The advance of `text` in points, as PDFium will place it."""
    return sum(char_width(c, font) for c in text) * size / 1000.0


# --- page content --------------------------------------------------------------------------


@dataclass
class _Text:
    x: float
    y: float
    text: str
    font: str
    size: float


@dataclass
class _Rule:
    x0: float
    x1: float
    y: float
    thickness: float


@dataclass
class _Image:
    x: float
    y: float
    width: float
    height: float


@dataclass
class Page:
    """One page; every method returns the page, so calls chain."""

    height: float = PAGE_HEIGHT
    items: list[_Text | _Rule | _Image] = field(default_factory=list)
    raw: list[bytes] = field(default_factory=list)

    def text(self, x: float, y: float, text: str, font: str = ROMAN, size: float = 10.0) -> Page:
        """One text object: `text` with its baseline at `y` points from the top."""
        if font not in FONTS:
            raise ValueError(f"not a base-14 Times font: {font}")
        self.items.append(_Text(x, y, text, font, size))
        return self

    def runs(self, x: float, y: float, *pieces: tuple[str, str] | str, size: float = 10.0) -> float:
        """Pieces set one after another on a baseline, each its own text object; a piece is
        a string (roman) or (text, font). Returns where the last one ends."""
        for piece in pieces:
            text, font = (piece, ROMAN) if isinstance(piece, str) else piece
            self.text(x, y, text, font, size)
            x += text_width(text, font, size)
        return x

    def rule(self, x0: float, x1: float, y: float, thickness: float = 0.5) -> Page:
        """A filled thin rectangle centred on `y`: what Word draws for a rule."""
        self.items.append(_Rule(x0, x1, y, thickness))
        return self

    def image(
        self, x: float = 0, y: float = 0, width: float = PAGE_WIDTH, height: float = PAGE_HEIGHT
    ) -> Page:
        """A grey image with its top-left corner at (x, y): a scanned page."""
        self.items.append(_Image(x, y, width, height))
        return self

    def operators(self, content: bytes) -> Page:
        """Raw content-stream operators, for shapes the other methods do not make."""
        self.raw.append(content)
        return self


# --- the writer ----------------------------------------------------------------------------


class PdfBuilder:
    """Pages in, PDF bytes out."""

    def __init__(self, width: float = PAGE_WIDTH, height: float = PAGE_HEIGHT) -> None:
        self.width, self.height = width, height
        self.pages: list[Page] = []

    def page(self) -> Page:
        page = Page(self.height)
        self.pages.append(page)
        return page

    def build(
        self,
        *,
        user_password: str | None = None,
        owner_password: str | None = None,
        permissions: int = -3904,
        revision: int = 3,
    ) -> bytes:
        """The PDF. A password (either) encrypts it with the standard security handler."""
        extras = _extra_codes(self.pages)
        objects = _Objects()
        catalog, pages_ref = objects.reserve(), objects.reserve()
        fonts = {name: objects.add(_font_dict(name, extras, objects)) for name in FONTS}
        image = objects.add(_GREY_IMAGE) if _uses_images(self.pages) else None
        kids = [self._page_object(p, pages_ref, fonts, image, extras, objects) for p in self.pages]
        objects.set(
            pages_ref,
            b"<< /Type /Pages /Kids [%s] /Count %d >>"
            % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)),
        )
        objects.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % pages_ref)
        security = None
        if user_password is not None or owner_password is not None:
            security = _Security(user_password or "", owner_password, permissions, revision)
        return objects.write(catalog, security)

    def _page_object(
        self,
        page: Page,
        parent: int,
        fonts: dict[str, int],
        image: int | None,
        extras: dict[str, int],
        objects: _Objects,
    ) -> int:
        content = objects.add(_stream(_content(page, extras)))
        font_res = b" ".join(b"/%s %d 0 R" % (FONTS[n].encode(), ref) for n, ref in fonts.items())
        resources = b"/Font << %s >>" % font_res
        if image is not None:
            resources += b" /XObject << /Im1 %d 0 R >>" % image
        return objects.add(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] /Resources << %s >> "
            b"/Contents %d 0 R >>"
            % (parent, _num(self.width), _num(self.height), resources, content)
        )


@dataclass
class _Stream:
    head: bytes  # the dictionary's entries, /Length aside
    data: bytes


def _stream(data: bytes, head: bytes = b"") -> _Stream:
    return _Stream(head, data)


_GREY_IMAGE = _stream(
    bytes((x * 29 + y * 71) % 256 for y in range(16) for x in range(16)),
    b"/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray "
    b"/BitsPerComponent 8",
)


class _Objects:
    """Numbered objects (1-based) and the file layout: header, bodies, xref, trailer."""

    def __init__(self) -> None:
        self.bodies: list[bytes | _Stream | None] = []

    def reserve(self) -> int:
        self.bodies.append(None)
        return len(self.bodies)

    def add(self, body: bytes | _Stream) -> int:
        self.bodies.append(body)
        return len(self.bodies)

    def set(self, ref: int, body: bytes | _Stream) -> None:
        self.bodies[ref - 1] = body

    def write(self, catalog: int, security: _Security | None) -> bytes:
        trailer = b"/Root %d 0 R" % catalog
        if security is not None:
            encrypt = self.add(security.dictionary())
            trailer += b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (
                encrypt,
                security.file_id.hex().encode(),
                security.file_id.hex().encode(),
            )
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for number, body in enumerate(self.bodies, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % number
            if isinstance(body, _Stream):
                data = body.data
                if security is not None:
                    data = security.encrypt(number, data)
                out += b"<< %s /Length %d >>\nstream\n" % (body.head, len(data))
                out += data + b"\nendstream"
            else:
                assert body is not None, f"object {number} reserved but never set"
                out += body
            out += b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.bodies) + 1)
        out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
        out += b"trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n" % (
            len(self.bodies) + 1,
            trailer,
            xref,
        )
        return bytes(out)


def _num(value: float) -> bytes:
    return (b"%.3f" % value).rstrip(b"0").rstrip(b".")


# --- fonts and text ------------------------------------------------------------------------


def _extra_codes(pages: list[Page]) -> dict[str, int]:
    """A code for each character used that WinAnsi cannot encode."""
    chars = sorted(
        {
            c
            for p in pages
            for i in p.items
            if isinstance(i, _Text)
            for c in i.text
            if not _winansi(c)
        }
    )
    if len(chars) > 0x1F - _EXTRA_FIRST:
        raise ValueError("too many characters outside WinAnsi for this little builder")
    return {c: _EXTRA_FIRST + k for k, c in enumerate(chars)}


def _winansi(char: str) -> bool:
    try:
        char.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return True


def _font_dict(name: str, extras: dict[str, int], objects: _Objects) -> bytes:
    widths = []
    for code in range(256):
        char = bytes([code]).decode("cp1252", errors="replace")
        widths.append(char_width(char, name) if code >= 32 else 0)
    for char, code in extras.items():
        widths[code] = char_width(char, name)
    encoding = b"/BaseEncoding /WinAnsiEncoding"
    tail = b""
    if extras:
        names = b" ".join(
            b"%d /%s" % (code, _EXTRA_GLYPHS.get(char, "bullet").encode())
            for char, code in extras.items()
        )
        encoding += b" /Differences [%s]" % names
        tail = b" /ToUnicode %d 0 R" % objects.add(_stream(_to_unicode(extras)))
    return (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding << /Type /Encoding %s >> "
        b"/FirstChar 0 /LastChar 255 /Widths [%s]%s >>"
        % (name.encode(), encoding, " ".join(map(str, widths)).encode(), tail)
    )


def _to_unicode(extras: dict[str, int]) -> bytes:
    pairs = "\n".join(f"<{code:02X}> <{ord(char):04X}>" for char, code in extras.items())
    return (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(extras)} beginbfchar\n{pairs}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end\n"
    ).encode("ascii")


def _encode(text: str, extras: dict[str, int]) -> bytes:
    raw = bytes(extras[c] if c in extras else c.encode("cp1252")[0] for c in text)
    out = bytearray(b"(")
    for byte in raw:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += b"\\%03o" % byte
    return bytes(out + b")")


def _content(page: Page, extras: dict[str, int]) -> bytes:
    ops = []
    for item in page.items:
        if isinstance(item, _Text):
            ops.append(
                b"BT /%s %s Tf 1 0 0 1 %s %s Tm %s Tj ET"
                % (
                    FONTS[item.font].encode(),
                    _num(item.size),
                    _num(item.x),
                    _num(page.height - item.y),
                    _encode(item.text, extras),
                )
            )
        elif isinstance(item, _Rule):
            ops.append(
                b"%s %s %s %s re f"
                % (
                    _num(item.x0),
                    _num(page.height - item.y - item.thickness / 2),
                    _num(item.x1 - item.x0),
                    _num(item.thickness),
                )
            )
        else:
            ops.append(
                b"q %s 0 0 %s %s %s cm /Im1 Do Q"
                % (
                    _num(item.width),
                    _num(item.height),
                    _num(item.x),
                    _num(page.height - item.y - item.height),
                )
            )
    return b"\n".join(ops + page.raw) + b"\n"


def _uses_images(pages: list[Page]) -> bool:
    return any(isinstance(item, _Image) for page in pages for item in page.items)


# --- the standard security handler (PDF 1.7, 7.6.3): RC4, revision 2 (40-bit) or 3 -----------

_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def rc4(key: bytes, data: bytes) -> bytes:
    state = list(range(256))
    j = 0
    for i in range(256):
        j = (j + state[i] + key[i % len(key)]) % 256
        state[i], state[j] = state[j], state[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + state[i]) % 256
        state[i], state[j] = state[j], state[i]
        out.append(byte ^ state[(state[i] + state[j]) % 256])
    return bytes(out)


def _padded(password: str) -> bytes:
    return (password.encode("latin-1") + _PAD)[:32]


def _md5(data: bytes) -> bytes:
    return hashlib.md5(data).digest()


class _Security:
    def __init__(self, user: str, owner: str | None, permissions: int, revision: int) -> None:
        if revision not in (2, 3):
            raise ValueError("revision 2 or 3")
        self.revision, self.permissions = revision, permissions
        self.length = 5 if revision == 2 else 16
        self.file_id = _md5(b"resreader test pdf")
        self.owner_entry = self._owner_entry(owner or user, user)
        self.key = self._file_key(user)
        self.user_entry = self._user_entry()

    def _rounds(self, key: bytes, data: bytes) -> bytes:
        data = rc4(key, data)
        if self.revision >= 3:
            for i in range(1, 20):
                data = rc4(bytes(b ^ i for b in key), data)
        return data

    def _owner_entry(self, owner: str, user: str) -> bytes:  # algorithm 3
        digest = _md5(_padded(owner))
        if self.revision >= 3:
            for _ in range(50):
                digest = _md5(digest)
        return self._rounds(digest[: self.length], _padded(user))

    def _file_key(self, user: str) -> bytes:  # algorithm 2
        digest = _md5(
            _padded(user) + self.owner_entry + struct.pack("<i", self.permissions) + self.file_id
        )
        if self.revision >= 3:
            for _ in range(50):
                digest = _md5(digest[: self.length])
        return digest[: self.length]

    def _user_entry(self) -> bytes:  # algorithms 4 and 5
        if self.revision == 2:
            return rc4(self.key, _PAD)
        return self._rounds(self.key, _md5(_PAD + self.file_id)) + bytes(16)

    def encrypt(self, number: int, data: bytes) -> bytes:  # algorithm 1
        salt = number.to_bytes(3, "little") + (0).to_bytes(2, "little")
        key = _md5(self.key + salt)[: min(self.length + 5, 16)]
        return rc4(key, data)

    def dictionary(self) -> bytes:
        version = 1 if self.revision == 2 else 2
        return b"<< /Filter /Standard /V %d /R %d /Length %d /O <%s> /U <%s> /P %d >>" % (
            version,
            self.revision,
            self.length * 8,
            self.owner_entry.hex().encode(),
            self.user_entry.hex().encode(),
            self.permissions,
        )


# --- damage --------------------------------------------------------------------------------


def truncated(data: bytes, keep: float | int) -> bytes:
    """The first `keep` bytes (an int) or fraction of the file (a float)."""
    return data[: keep if isinstance(keep, int) else int(len(data) * keep)]


def with_bad_xref(data: bytes, shift: int = 7) -> bytes:
    """Every xref entry pointing `shift` bytes off its object."""

    def moved(match: re.Match[bytes]) -> bytes:
        return b"%010d 00000 n " % (int(match.group(1)) + shift)

    return re.sub(rb"(\d{10}) 00000 n ", moved, data)


def with_bad_startxref(data: bytes, offset: int = 3) -> bytes:
    """startxref pointing at `offset`, nowhere near the table."""
    return re.sub(rb"startxref\n\d+", b"startxref\n%d" % offset, data)


# --- a UN-like resolution ------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """Text in one font: one run (split at line ends only)."""

    text: str
    font: str = ROMAN


@dataclass(frozen=True)
class Marker:
    """A footnote marker: small digits raised above the baseline."""

    num: str


@dataclass(frozen=True)
class _Break:
    page: bool  # False: end the line here; True: end the line and the page


BR = _Break(page=False)  # a forced line end inside a paragraph
PAGE_BREAK = _Break(page=True)  # the rest of the paragraph goes on the next page
Piece = str | Span | Marker | _Break


def it(text: str) -> Span:
    return Span(text, ITALIC)


def bold(text: str) -> Span:
    return Span(text, BOLD)


def note(num: str) -> Marker:
    return Marker(num)


@dataclass
class _Token:
    text: str  # a word with its trailing spaces, or a marker's digits
    font: str
    piece: int  # which piece it came from: one run per piece per line
    marker: bool = False

    def width(self, size: float) -> float:
        return text_width(self.text, self.font, MARKER_SIZE if self.marker else size)


LEFT, RIGHT = 123.4, 488.0  # the text column
PREAMBLE_X = 147.0  # first-line indent of a preambular paragraph
NUMBER_X, NUMBER_TEXT_X = 147.6, 170.7  # "12." hangs in the indent, its text starts here
MARKER_X, MARKER_TEXT_X = 147.5, 171.2  # "(a)" likewise
PITCH, PARAGRAPH_STEP = 12.0, 18.0
BODY_TOP, BODY_BOTTOM = 82.3, 712.0
MARKER_SIZE, MARKER_RAISE = 6.5, 3.5
NOTE_SIZE, NOTE_NUMBER_SIZE, NOTE_PITCH = 8.5, 5.5, 10.5
NOTE_NUMBER_X, NOTE_BOTTOM = 117.4, 735.0
NOTE_RULE = "__________________"
_WORD_RE = re.compile(r"\S+\s*|\s+")


class UNResolution:
    """A resolution (or a draft) set as the UN's Word template sets it.

        res = UNResolution()
        res.preamble(it("Recalling "), "its resolution 77/232,", note("1"))
        res.operative("1.", it("Welcomes "), "the report;")
        res.sub("(a)", "first item;")
        res.footnote("1", "A/78/1.")
        data = res.pdf()

    Lines wrap at the column's right edge; `BR` and `PAGE_BREAK` force a line or page end
    inside a paragraph. Footnotes go to the bottom of the page their marker lands on.
    """

    def __init__(
        self,
        symbol: str = "A/RES/78/224",
        title: str = "Reducing reoffending through rehabilitation and reintegration",
        *,
        date: str = "22 December 2023",
        adopted: str | None = "19 December 2023",
        job: str = "23-25987",
        barcode: str | None = "*2325987*",
        session: str = "Seventy-eighth session",
        committee: str | None = None,
        agenda: str = "Agenda item 107",
        agenda_heading: str = "Crime prevention and criminal justice",
        report: str | None = "on the report of the Third Committee (A/78/482, para. 29)",
        sponsor: str | None = None,
        original: str | None = None,
    ) -> None:
        self.symbol, self.title, self.job = symbol, title, job
        self.doc = PdfBuilder()
        self.pages: list[Page] = [self.doc.page()]
        self.notes: dict[str, list[Piece]] = {}  # num -> text
        self.continued: dict[str, list[Piece]] = {}  # num -> text set on the next page
        self.page_notes: list[list[str]] = [[]]  # the markers set on each page
        self.y = 0.0
        draft = adopted is None
        self._masthead(date, "Limited" if draft else "General", original, barcode)
        y = self._agenda_block(session, committee, agenda, agenda_heading)
        if draft:
            y = self._block(123.6, y + 30, [bold(sponsor or "Israel: draft resolution")], 12)
            y = self._block(123.5, y + 25.2, [Span(title, BOLD)], 14, size=12)
        else:
            y = self._adoption(y, adopted, report)
        self.pages[0].runs(147.8, y + 24.5, ("The General Assembly", ITALIC), ",")
        self.y = y + 24.5

    # the paragraphs

    def preamble(self, *pieces: Piece) -> UNResolution:
        return self._paragraph(list(pieces), PREAMBLE_X)

    def operative(self, num: str | list[str | Span], *pieces: Piece) -> UNResolution:
        """A numbered paragraph; `num` as a list gives the number's runs ("5", ". ")."""
        return self._paragraph(list(pieces), NUMBER_TEXT_X, (_label(num), NUMBER_X))

    def sub(self, marker: str, *pieces: Piece) -> UNResolution:
        return self._paragraph(list(pieces), MARKER_TEXT_X, (_label(marker), MARKER_X))

    def line(self, x: float, *pieces: Piece, gap: float = PARAGRAPH_STEP) -> UNResolution:
        """A paragraph starting at `x` (a heading, a paragraph with no indent)."""
        return self._paragraph(list(pieces), x, gap=gap)

    def closing(
        self, meeting: str = "50th plenary meeting", date: str = "19 December 2023"
    ) -> UNResolution:
        for k, text in enumerate((meeting, date)):
            self._advance(PARAGRAPH_STEP if k == 0 else PITCH, [])
            self._page().text(RIGHT - text_width(text, ITALIC), self.y, text, ITALIC)
        return self

    def footnote(
        self, num: str, *text: Piece, continued: list[Piece] | None = None
    ) -> UNResolution:
        """The note of marker `num`; `continued` is set at the top of the next page's notes."""
        self.notes[num] = list(text)
        if continued:
            self.continued[num] = continued
        return self

    def new_page(self) -> UNResolution:
        self.pages.append(self.doc.page())
        self.page_notes.append([])
        self.y = BODY_TOP - PARAGRAPH_STEP
        return self

    def pdf(self, **build: object) -> bytes:
        """The PDF (keyword arguments go to `PdfBuilder.build`: passwords)."""
        for index, page in enumerate(self.pages):
            self._set_notes(page, self._notes_of(index))
            if index:
                self._running_header(page, index)
        return self.doc.build(**build)  # type: ignore[arg-type]

    # layout

    def _page(self) -> Page:
        return self.pages[-1]

    def _paragraph(
        self,
        pieces: list[Piece],
        first_x: float,
        label: tuple[list[str | Span], float] | None = None,
        gap: float = PARAGRAPH_STEP,
    ) -> UNResolution:
        for k, (tokens, page_break) in enumerate(_wrap(pieces, first_x)):
            self._advance(gap if k == 0 else PITCH, tokens)
            x = first_x if k == 0 else LEFT
            if k == 0 and label is not None:
                runs = [(r.text, r.font) if isinstance(r, Span) else r for r in label[0]]
                self._page().runs(label[1], self.y, *runs)
            self._set_line(x, tokens)
            if page_break:
                self.new_page()
                self.y = BODY_TOP - PITCH
        return self

    def _advance(self, step: float, tokens: list[_Token]) -> None:
        """Move to the next baseline, on a new page when the line and its notes do not fit."""
        nums = [t.text for t in tokens if t.marker]
        if self.y + step > self._body_limit(nums):
            self.new_page()
            step = PARAGRAPH_STEP
        self.y += step
        self.page_notes[-1] += nums

    def _notes_of(self, index: int) -> list[tuple[str | None, list[Piece]]]:
        """A page's notes: the end of a note continued from the page before, then its own
        (a note not given has the text "Note N.")."""
        before = self.page_notes[index - 1] if index else []
        notes: list[tuple[str | None, list[Piece]]] = [
            (None, self.continued[num]) for num in before if num in self.continued
        ]
        notes += [(num, self.notes.get(num, [f"Note {num}."])) for num in self.page_notes[index]]
        return notes

    def _body_limit(self, new_notes: list[str]) -> float:
        nums = [*self.page_notes[-1], *new_notes]
        lines = sum(len(_wrap(self.notes.get(n, ["x"]), LEFT, NOTE_SIZE)) for n in nums)
        if len(self.page_notes) > 1:
            lines += sum(
                len(_wrap(self.continued[n], LEFT, NOTE_SIZE))
                for n in self.page_notes[-2]
                if n in self.continued
            )
        return BODY_BOTTOM if not lines else NOTE_BOTTOM - lines * NOTE_PITCH - 28

    def _set_line(
        self,
        x: float,
        tokens: list[_Token],
        size: float = 10.0,
        page: Page | None = None,
        y: float | None = None,
    ) -> None:
        page, y = page or self._page(), self.y if y is None else y
        for run in _runs(tokens):
            if run[0].marker:
                page.text(
                    x, y - MARKER_RAISE * size / 10, run[0].text, ROMAN, MARKER_SIZE * size / 10
                )
                x += run[0].width(size) * size / 10
                continue
            text = "".join(t.text for t in run)
            page.text(x, y, text, run[0].font, size)
            x += text_width(text, run[0].font, size)

    def _set_notes(self, page: Page, notes: list[tuple[str | None, list[Piece]]]) -> None:
        if not notes:
            return
        lines = [
            (num if k == 0 else None, tokens)
            for num, text in notes
            for k, (tokens, _) in enumerate(_wrap(text, LEFT, NOTE_SIZE))
        ]
        y = NOTE_BOTTOM - (len(lines) - 1) * NOTE_PITCH
        page.text(99.6, y - 14.2, NOTE_RULE, BOLD, 8)
        for num, tokens in lines:
            if num is not None:
                page.text(NOTE_NUMBER_X, y - 3, f"{num} ", ROMAN, NOTE_NUMBER_SIZE)
            self._set_line(LEFT, tokens, NOTE_SIZE, page, y)
            y += NOTE_PITCH

    # furniture

    def _masthead(
        self, date: str, distribution: str, original: str | None, barcode: str | None
    ) -> None:
        page = self.pages[0]
        page.text(123.4, 57.8, "United Nations ", ROMAN, 14)
        organ, rest = self.symbol[:1], self.symbol[1:]
        x = 551.7 - text_width(rest, ROMAN, 10) - text_width(organ, ROMAN, 20)
        page.text(x, 56.5, organ, ROMAN, 20).text(x + text_width(organ, ROMAN, 20), 56.5, rest)
        for x0, x1 in ((60, 123), (124, 217), (230, 385), (398, 552)):
            page.rule(x0, x1, 65, 0.5)
        page.text(124.2, 86.4, "General Assembly ", BOLD, 20)
        page.text(397.2, 86.7, f"Distr.: {distribution}").text(397.2, 98.4, date)
        if original:
            page.text(397.4, 122.4, f"Original: {original}")
        for x0, x1 in ((59, 123), (124, 385), (398, 552)):
            page.rule(x0, x1, 210, 1.5)
        head, _, tail = self.job.partition("-")
        page.runs(65.6, 747.6, head, "-", f"{tail} (E) 100124 ")
        if barcode:
            page.text(65.3, 762.2, barcode, BOLD, 12)

    def _agenda_block(
        self, session: str, committee: str | None, agenda: str, heading: str
    ) -> float:
        page, y = self.pages[0], 222.3
        page.text(60.5, y, session, BOLD)
        if committee:
            y += 13.2
            page.text(60.6, y, committee, BOLD, 12)
        page.text(60.1, y + 12, agenda).text(60.4, y + 24, heading, BOLD)
        return y + 24

    def _adoption(self, y: float, adopted: str | None, report: str | None) -> float:
        page = self.pages[0]
        page.text(123.7, y + 32.4, "Resolution adopted by the General Assembly ", BOLD, 14)
        page.text(123.9, y + 47.4, f"on {adopted}", BOLD, 14)
        y += 47.4
        if report:
            y += 24.6
            end = page.runs(124.2, y, "[", (report, ITALIC))
            page.text(end, y, "]")
        session, number = self.symbol.split("/")[-2:]
        y += 25.2
        page.text(72.8, y, f"{session}/{number}. ", BOLD, 12)
        return self._block(123.6, y, [Span(self.title, BOLD)], 14, size=12)

    def _block(
        self, x: float, y: float, pieces: list[Piece], pitch: float, size: float = 10.0
    ) -> float:
        """Lines set from (x, y) on page 1, wrapped; returns the last baseline."""
        for k, (tokens, _) in enumerate(_wrap(pieces, x, size, right=470.0)):
            self._set_line(x, tokens, size, self.pages[0], y + k * pitch)
        return y + (len(_wrap(pieces, x, size, right=470.0)) - 1) * pitch

    def _running_header(self, page: Page, index: int) -> None:
        number = f"{index + 1}/{len(self.pages)}"
        symbol_left = index % 2 == 1  # facing pages swap sides
        left, right = (self.symbol, self.title) if symbol_left else (self.title, self.symbol)
        page.text(60.1, 59.0, f"{left} ", BOLD, 8.5)
        page.text(552.0 - text_width(right, BOLD, 8.5), 59.0, right, BOLD, 8.5)
        page.rule(59, 306, 65, 0.5).rule(306, 552, 65, 0.5)
        job = self.job
        if symbol_left:
            page.text(60.1, 755.3, number, BOLD, 8.5)
            page.text(551.6 - text_width(job, ROMAN, 7), 753.8, job, ROMAN, 7)
        else:
            page.text(551.6 - text_width(number, BOLD, 8.5), 755.3, number, BOLD, 8.5)
            page.text(60.2, 753.8, job, ROMAN, 7)


def _label(num: str | list[str | Span]) -> list[str | Span]:
    return [f"{num} "] if isinstance(num, str) else num


def _tokens(pieces: list[Piece]) -> list[_Token | _Break]:
    out: list[_Token | _Break] = []
    for k, piece in enumerate(pieces):
        if isinstance(piece, _Break):
            out.append(piece)
        elif isinstance(piece, Marker):
            out.append(_Token(piece.num, ROMAN, k, marker=True))
        else:
            span = Span(piece) if isinstance(piece, str) else piece
            out += [_Token(w, span.font, k) for w in _WORD_RE.findall(span.text)]
    return out


def _wrap(
    pieces: list[Piece], first_x: float, size: float = 10.0, right: float = RIGHT
) -> list[tuple[list[_Token], bool]]:
    """Greedy line breaking: (tokens, page break after) per line. A word's trailing spaces
    may overhang the edge; a marker stays with the word before it."""
    lines: list[tuple[list[_Token], bool]] = []
    line: list[_Token] = []
    x = first_x
    for token in _tokens(pieces):
        if isinstance(token, _Break):
            lines.append((line, token.page))
            line, x = [], LEFT
            continue
        ink = text_width(token.text.rstrip(), token.font, size) if not token.marker else 0.0
        glued = token.marker or (line and not line[-1].text[-1:].isspace())
        if line and not glued and x + ink > right:
            lines.append((line, False))
            line, x = [], LEFT
        line.append(token)
        x += token.width(size)
    if line:
        lines.append((line, False))
    return lines


def _runs(tokens: list[_Token]) -> list[list[_Token]]:
    """Consecutive tokens of one piece make one run; a marker is a run of its own."""
    runs: list[list[_Token]] = []
    for token in tokens:
        if (
            runs
            and not token.marker
            and not runs[-1][0].marker
            and runs[-1][0].piece == token.piece
        ):
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs

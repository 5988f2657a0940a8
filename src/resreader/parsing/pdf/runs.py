"""A PDF page's text objects as runs: the text, where it stands and in what font.

Word writes one text object per run of one font, so a page holds a few hundred objects, far
fewer than characters: reading objects (not characters) through ctypes keeps PDF import
within a small factor of PDFium's own text extraction.
"""

from __future__ import annotations

import ctypes
from collections.abc import Iterator
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

CLOSERS = "”’),.;:"  # what never follows a space
_MANY_OBJECTS = 3000  # text objects on a page past which its text is read in one pass
_FORM_DEPTH = 4  # Form XObjects nest; deeper than this is not a Word document's text
# PDFium calls made for every object of every page, looked up once
_get_type, _get_bounds, _get_text = (
    raw.FPDFPageObj_GetType,
    raw.FPDFPageObj_GetBounds,
    raw.FPDFTextObj_GetText,
)
_TEXT = raw.FPDF_PAGEOBJ_TEXT


@dataclass(slots=True)
class Run:
    """Text of one font and size on one baseline; y grows downwards from the page top."""

    text: str
    x0: float
    x1: float
    baseline: float
    top: float
    bottom: float
    size: float  # the rendered font size in points
    italic: bool
    bold: bool
    # The closing space is PDFium's guess from a gap, not a character of the PDF: Word
    # splits runs inside words ("accordanc" | "e"), so such a space is not a word break.
    guessed_space: bool = False


@dataclass(slots=True)
class Rule:
    """A horizontal line drawn on the page (the rule above the footnotes)."""

    x0: float
    x1: float
    y: float


@dataclass(slots=True)
class _Font:
    italic: bool
    bold: bool


class PageReader:
    """Reads the runs and rules of pages, caching what it learns of each font."""

    def __init__(self) -> None:
        self._fonts: dict[int, _Font] = {}
        self._name = ctypes.create_string_buffer(256)
        self._floats = [ctypes.c_float() for _ in range(4)]
        self._matrix = raw.FS_MATRIX()
        self._size = ctypes.c_float()
        self._text = (ctypes.c_ushort * 512)()
        self._text_size = ctypes.sizeof(self._text)
        self._by_object: dict[int, str] | None = None

    def read(self, page: pdfium.PdfPage) -> tuple[list[Run], list[Rule], float]:
        """The runs and rules of `page`, measured from the top-left of its crop box (what is
        shown), and that box's height in points. Objects stand in the unrotated page's
        space, so the box is the unrotated one, not `get_height()` of a rotated page."""
        left, bottom, _, height = page.get_cropbox()
        textpage = page.get_textpage()
        runs: list[Run] = []
        rules: list[Rule] = []
        try:
            count = raw.FPDFPage_CountObjects(page)
            # PDFium finds an object's text by a search of the page: fine for Word's few
            # hundred runs, quadratic for a page set a word or a glyph an object
            self._by_object = _texts_by_object(textpage.raw) if count > _MANY_OBJECTS else None
            objects = (raw.FPDFPage_GetObject(page, i) for i in range(count))
            self._walk(objects, textpage.raw, height, runs, rules, 0)
            _mark_guessed_spaces(runs, textpage.raw, height)
        finally:
            textpage.close()
        if left:
            _shift(runs, rules, left)
        return runs, rules, height - bottom

    def _walk(
        self,
        objects: Iterator[raw.FPDF_PAGEOBJECT],
        textpage: raw.FPDF_TEXTPAGE,
        height: float,
        runs: list[Run],
        rules: list[Rule],
        depth: int,
    ) -> None:
        for obj in objects:
            kind = _get_type(obj)
            if kind == _TEXT:
                run = self._run(obj, textpage, height)
                if run is not None:
                    runs.append(run)
            elif kind == raw.FPDF_PAGEOBJ_PATH:
                rule = self._rule(obj, height)
                if rule is not None:
                    rules.append(rule)
            elif kind == raw.FPDF_PAGEOBJ_FORM and depth < _FORM_DEPTH:
                count = raw.FPDFFormObj_CountObjects(obj)
                inner = (raw.FPDFFormObj_GetObject(obj, i) for i in range(count))
                self._walk(inner, textpage, height, runs, rules, depth + 1)

    def _bounds(self, obj: raw.FPDF_PAGEOBJECT) -> tuple[float, float, float, float] | None:
        left, bottom, right, top = self._floats
        if not _get_bounds(obj, left, bottom, right, top):
            return None
        return left.value, bottom.value, right.value, top.value

    def _run(
        self, obj: raw.FPDF_PAGEOBJECT, textpage: raw.FPDF_TEXTPAGE, height: float
    ) -> Run | None:
        bounds = self._bounds(obj)
        if bounds is None or bounds[2] - bounds[0] < 0.05:
            return None  # Word closes each line with an empty object: skip it unread
        text = self._object_text(obj, textpage)
        if not text.strip() or not raw.FPDFPageObj_GetMatrix(obj, self._matrix):
            return None
        raw.FPDFTextObj_GetFontSize(obj, self._size)
        matrix = self._matrix
        scale = (matrix.c * matrix.c + matrix.d * matrix.d) ** 0.5
        font = self._font(raw.FPDFTextObj_GetFont(obj))
        # Qt and others slant a roman face for italics: a sheared text matrix
        italic = font.italic or abs(matrix.c) > 0.05 * abs(matrix.d)
        left, bottom, right, top = bounds
        return Run(
            text,
            left,
            right,
            height - matrix.f,
            height - top,
            height - bottom,
            self._size.value * scale,
            italic,
            font.bold,
        )

    def _object_text(self, obj: raw.FPDF_PAGEOBJECT, textpage: raw.FPDF_TEXTPAGE) -> str:
        if self._by_object is not None:
            return self._by_object.get(ctypes.cast(obj, ctypes.c_void_p).value or 0, "")
        buffer = self._text
        needed = _get_text(obj, textpage, buffer, self._text_size)
        if needed > self._text_size:
            buffer = (ctypes.c_ushort * (needed // 2 + 1))()
            needed = raw.FPDFTextObj_GetText(obj, textpage, buffer, ctypes.sizeof(buffer))
        data = ctypes.string_at(buffer, max(0, needed - 2))
        return data.decode("utf-16-le", errors="replace").replace("\x00", "")

    def _font(self, handle: raw.FPDF_FONT) -> _Font:
        key = ctypes.cast(handle, ctypes.c_void_p).value or 0
        font = self._fonts.get(key)
        if font is None:
            font = self._fonts[key] = self._describe(handle)
        return font

    def _describe(self, handle: raw.FPDF_FONT) -> _Font:
        length = raw.FPDFFont_GetBaseFontName(handle, self._name, len(self._name))
        name = self._name.raw[: max(0, length - 1)].decode("latin-1").lower()
        angle = ctypes.c_int()
        slanted = bool(raw.FPDFFont_GetItalicAngle(handle, angle)) and angle.value != 0
        weight = raw.FPDFFont_GetWeight(handle)
        italic = slanted or "italic" in name or "oblique" in name
        return _Font(italic, weight >= 600 or "bold" in name)

    def _rule(self, obj: raw.FPDF_PAGEOBJECT, height: float) -> Rule | None:
        bounds = self._bounds(obj)
        if bounds is None:
            return None
        left, bottom, right, top = bounds
        if top - bottom > 2 or right - left < 30:
            return None  # not a thin horizontal line
        return Rule(left, right, height - (top + bottom) / 2)


def _shift(runs: list[Run], rules: list[Rule], left: float) -> None:
    """x from the crop box's left edge, as the page is shown."""
    for run in runs:
        run.x0, run.x1 = run.x0 - left, run.x1 - left
    for rule in rules:
        rule.x0, rule.x1 = rule.x0 - left, rule.x1 - left


def _mark_guessed_spaces(runs: list[Run], textpage: raw.FPDF_TEXTPAGE, height: float) -> None:
    """Ask PDFium about the closing space of a run only where a narrow gap and a letter
    follow: the few places a word may have been split."""
    ordered = sorted(runs, key=lambda r: (round(r.baseline), r.x0))
    for run, after in zip(ordered, ordered[1:], strict=False):
        if (
            run.text.endswith(" ")
            and run.text[-2:-1].isalpha()
            and (after.text[:1].isalpha() or after.text[:1] in CLOSERS)
            and abs(after.baseline - run.baseline) < 1
            and after.x0 - run.x1 < run.size * 0.25
        ):
            middle = height - (run.top + run.bottom) / 2
            run.guessed_space = _space_is_guessed(textpage, run.x1, middle)


def _space_is_guessed(textpage: raw.FPDF_TEXTPAGE, right: float, middle: float) -> bool:
    """Whether the character after the run's last glyph is a space PDFium generated."""
    index = raw.FPDFText_GetCharIndexAtPos(textpage, right - 0.5, middle, 1.0, 3.0)
    if index < 0:
        return False
    following = index + 1
    return bool(
        raw.FPDFText_GetUnicode(textpage, following) == 32
        and raw.FPDFText_IsGenerated(textpage, following) == 1
    )


def _texts_by_object(textpage: raw.FPDF_TEXTPAGE) -> dict[int, str]:
    """Every text object's characters, from one pass over the page's text. A space PDFium
    generates belongs to no object: it goes with the object before it, as when PDFium is
    asked for one object's text."""
    parts: dict[int, list[str]] = {}
    last: list[str] | None = None
    for index in range(raw.FPDFText_CountChars(textpage)):
        char = chr(raw.FPDFText_GetUnicode(textpage, index))
        key = ctypes.cast(raw.FPDFText_GetTextObject(textpage, index), ctypes.c_void_p).value
        if key:
            last = parts.setdefault(key, [])
            last.append(char)
        elif last is not None and char == " ":
            last.append(char)
    return {key: "".join(chars) for key, chars in parts.items()}

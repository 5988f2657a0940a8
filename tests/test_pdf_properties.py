"""Properties of `parse` on PDF bytes nobody made by hand (hypothesis): whatever follows a
`%PDF-` header gives a Resolution or a one-line ParseError naming the file, never another
exception, never a hang (every example runs in this process, one after another).

The inputs: random bytes; random PDF syntax (tokens of the format in random order); and
damaged copies of good PDFs built by tests/pdf_builder.py (plain and encrypted): cut short,
bytes flipped, spans deleted or repeated.
"""

from __future__ import annotations

from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pdf_builder import BR, UNResolution, it, note
from resreader.errors import ParseError
from resreader.model import Resolution
from resreader.parsing import parse

SOURCE = "fuzzed.pdf"
EXAMPLES = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
HEADERS = [b"%PDF-1.7\n", b"%PDF-1.4\r\n%\xe2\xe3\xcf\xd3\r\n", b"junk before %PDF-2.0\n"]
TOKENS = [
    b"1 0 obj",
    b"2 0 obj",
    b"3 0 obj",
    b"endobj",
    b"<<",
    b">>",
    b"[",
    b"]",
    b"/Type",
    b"/Catalog",
    b"/Pages",
    b"/Page",
    b"/Kids",
    b"/Count",
    b"/Contents",
    b"/Root",
    b"/Length",
    b"/Filter",
    b"/FlateDecode",
    b"/Encrypt",
    b"/Font",
    b"/Resources",
    b"/MediaBox",
    b"stream\n",
    b"\nendstream",
    b"BT",
    b"ET",
    b"Tf",
    b"Tj",
    b"TJ",
    b"Td",
    b"Tm",
    b"re",
    b"f",
    b"Do",
    b"(Recalling)",
    b"<FEFF>",
    b"1 0 R",
    b"2 0 R",
    b"0",
    b"-1",
    b"99999999999",
    b"3.5",
    b"xref",
    b"0 3",
    b"0000000000 65535 f ",
    b"trailer",
    b"startxref",
    b"%%EOF",
    b"null",
    b"true",
]


@cache
def good_pdfs() -> tuple[bytes, ...]:
    """Two pages with a footnote, as they come from the builder: plain, and locked by an
    owner password (so the damage reaches the security handler too)."""
    res = UNResolution()
    res.preamble(
        it("Recalling "),
        "its resolution 76/181 of 16 December 2021 on the South",
        "-",
        BR,
        "South cooperation and the Kyoto Declaration,",
        note("1"),
    )
    res.operative("1.", it("Takes note with appreciation "), "of the report;")
    res.new_page().operative("2.", it("Requests "), "the Secretary-General to report.")
    res.footnote("1", "Resolution 76/181, annex.").closing()
    return res.pdf(), res.pdf(owner_password="owner")


def parse_or_none(data: bytes) -> Resolution | None:
    """The parse, or None for a ParseError, which must be one line naming the file;
    anything else raised fails the test."""
    try:
        return parse(data, source=SOURCE)
    except ParseError as err:
        message = str(err)
        assert message.startswith(f"{SOURCE}: ") and "\n" not in message, message
        return None


def test_the_good_pdfs_parse() -> None:
    for data in good_pdfs():
        res = parse_or_none(data)
        assert res is not None and [c.id for c in res.clauses()] == ["pp1", "op1", "op2"]


@EXAMPLES
@given(st.sampled_from(HEADERS), st.binary(max_size=4000))
def test_random_bytes_after_a_header(header: bytes, tail: bytes) -> None:
    parse_or_none(header + tail)


@EXAMPLES
@given(
    st.sampled_from(HEADERS),
    st.lists(st.sampled_from(TOKENS), max_size=300),
    st.sampled_from([b" ", b"\n", b"\r\n", b""]),
)
def test_random_pdf_syntax(header: bytes, tokens: list[bytes], separator: bytes) -> None:
    parse_or_none(header + separator.join(tokens))


@EXAMPLES
@given(st.integers(0, 1), st.floats(0.0, 1.0))
def test_a_good_pdf_cut_short(which: int, fraction: float) -> None:
    data = good_pdfs()[which]
    parse_or_none(data[: int(len(data) * fraction)])


@EXAMPLES
@given(
    st.integers(0, 1),
    st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), min_size=1, max_size=20),
)
def test_a_good_pdf_with_bytes_flipped(which: int, flips: list[tuple[float, int]]) -> None:
    data = bytearray(good_pdfs()[which])
    for where, value in flips:
        data[min(int(where * len(data)), len(data) - 1)] = value
    parse_or_none(bytes(data))


@EXAMPLES
@given(st.integers(0, 1), st.floats(0.0, 1.0), st.integers(1, 400), st.booleans())
def test_a_good_pdf_with_a_span_deleted_or_repeated(
    which: int, where: float, length: int, repeat: bool
) -> None:
    data = good_pdfs()[which]
    start = int(where * len(data))
    span = data[start : start + length]
    rest = data[start + length :]
    parse_or_none(data[:start] + (span * 2 if repeat else b"") + rest)

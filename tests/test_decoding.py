"""Decoding: every encoding and line ending a user's file may come in gives the same
resolution; binary, empty and non-resolution input give a ParseError naming the file."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from conftest import SEEDS
from resreader.errors import ParseError
from resreader.library import load
from resreader.parsing import parse

SEED_FILES = sorted(SEEDS.iterdir())
ENCODINGS = {
    "utf-8": lambda text: text.encode("utf-8"),
    "utf-8-bom": lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    "utf-16-le-bom": lambda text: codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
    "utf-16-be-bom": lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
    "utf-32-le-bom": lambda text: codecs.BOM_UTF32_LE + text.encode("utf-32-le"),
}
LINE_ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def reference(seed: Path) -> dict:
    return parse(seed.read_bytes()).to_dict()


def seed_text(seed: Path) -> str:
    text = seed.read_text(encoding="utf-8")
    assert "\r" not in text and not text.startswith("\ufeff")  # the seeds are plain UTF-8, LF
    return text


@pytest.mark.parametrize("ending", LINE_ENDINGS)
@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_encoded_seed_parses_like_the_utf8_seed(seed: Path, encoding: str, ending: str) -> None:
    text = seed_text(seed).replace("\n", LINE_ENDINGS[ending])
    data = ENCODINGS[encoding](text)
    assert parse(data).to_dict() == reference(seed)


CP1252_SEEDS = [p for p in SEED_FILES if p.stem in {"A-RES-60-212", "A-RES-62-209", "A-C.2-54-L.5"}]


@pytest.mark.parametrize("ending", ["\n", "\r\n"], ids=["lf", "crlf"])
@pytest.mark.parametrize("seed", CP1252_SEEDS, ids=lambda p: p.stem)
def test_cp1252_seed_parses_like_the_utf8_seed(seed: Path, ending: str) -> None:
    data = seed_text(seed).replace("\n", ending).encode("cp1252")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # really not UTF-8: the fallback is what is tested
    assert parse(data).to_dict() == reference(seed)


def test_cp1252_accents_and_quotes() -> None:
    res = parse(SEEDS.joinpath("A-RES-60-212.txt").read_text(encoding="utf-8").encode("cp1252"))
    assert "Pérez-Guerrero Trust Fund" in res.operative[12].text
    assert "“South-South cooperation for development”" in res.operative[15].text


def test_cp1252_snippet() -> None:
    text = "The General Assembly,\n\n1. Welcomes the report of Mr. Pérez;\n"
    res = parse(text.encode("cp1252"))
    assert res.operative[0].text == "Welcomes the report of Mr. Pérez;"


def test_bytes_cp1252_leaves_undefined_pass_as_latin1() -> None:
    # 0x81 is undefined in cp1252: decoding must still not fail.
    res = parse(b"The General Assembly,\n\n1. Welcomes the report \x81 of Mr. P\xe9rez;\n")
    assert res.operative[0].text == "Welcomes the report \x81 of Mr. Pérez;"


def test_mixed_line_endings() -> None:
    text = (
        "The General Assembly,\r\n\r\nRecalling its resolution 58/220,\r\r1. Welcomes the report;\n"
    )
    res = parse(text)
    assert [p.id for p in res.paragraphs()] == ["pp1", "op1"]
    assert res.operative[0].lines == (5, 5)


# --- what is not a text file -------------------------------------------------------------------

BINARY = {
    "nul": b"The General Assembly,\x00\n1. Welcomes the report;\n",
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)),
    "controls": bytes(range(1, 9)) * 64,  # no NUL, but control characters throughout
    "text-with-nul": "The General Assembly,\n\x00\n",
}


@pytest.mark.parametrize("data", BINARY.values(), ids=BINARY.keys())
def test_binary_is_not_a_text_file(data: bytes | str) -> None:
    with pytest.raises(ParseError) as err:
        parse(data, source="report.pdf")
    assert str(err.value).startswith("report.pdf: ") and "not a text file" in str(err.value)


def test_binary_file_error_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(BINARY["png"])
    with pytest.raises(ParseError, match="not a text file") as err:
        load(path)
    assert str(path) in str(err.value)


def test_utf16_with_an_odd_byte_is_refused() -> None:
    data = codecs.BOM_UTF16_LE + "The General Assembly,".encode("utf-16-le") + b"\x00"
    with pytest.raises(ParseError, match="not valid UTF-16") as err:
        parse(data, source="odd.txt")
    assert err.value.source == "odd.txt"


def test_utf16_without_bom_is_refused_cleanly() -> None:
    text = SEEDS.joinpath("A-RES-60-212.txt").read_text(encoding="utf-8")
    with pytest.raises(ParseError) as err:
        parse(text.encode("utf-16-le"), source="nobom.txt")
    assert err.value.source == "nobom.txt"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   ",
        b" \n\t\n\r\n ",
        "",
        "\n\n",
        codecs.BOM_UTF8,
        codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"),
    ],
    ids=["empty", "spaces", "whitespace", "empty-str", "newlines", "bom-only", "utf16-blank"],
)
def test_empty_or_blank_names_the_file(data: bytes | str) -> None:
    with pytest.raises(ParseError, match="empty") as err:
        parse(data, source="blank.txt")
    assert str(err.value).startswith("blank.txt: ")


def test_empty_file_on_disk_names_its_path(tmp_path: Path) -> None:
    path = tmp_path / "A-RES-1-1.txt"
    path.write_text("  \n", encoding="utf-8")
    with pytest.raises(ParseError, match="empty") as err:
        load(path)
    assert err.value.source == str(path)


# --- text that is not a resolution --------------------------------------------------------------

PYTHON_MODULE = '''"""Where resolutions come from."""

from __future__ import annotations

import re

MAX_BYTES = 20 * 1024 * 1024


def resolve(name: str) -> str:
    """A path as given, or the library file for a symbol such as `60/212`."""
    return re.sub(r"[/\\s]+", "-", name.strip())
'''
README = """# resreader

A desktop reader for United Nations resolutions: read, compare and reuse their language.

## Run

    python -m resreader

## Test

    pytest

The window shows the library on the left, the resolution in the centre.
"""
NOT_RESOLUTIONS = {
    "python": PYTHON_MODULE,
    "readme": README,
    "json": '{"symbol": "A/RES/60/212", "operative": [{"id": "op1", "text": "Welcomes"}]}\n',
    "letter": "Dear colleagues,\n\nPlease find the draft attached.\n\nBest regards,\nAnna\n",
    "csv": "symbol,title,date\nA/RES/60/212,South-South cooperation,2005-12-22\n",
}


@pytest.mark.parametrize("text", NOT_RESOLUTIONS.values(), ids=NOT_RESOLUTIONS.keys())
def test_text_that_is_not_a_resolution(text: str) -> None:
    with pytest.raises(ParseError, match="no resolution") as err:
        parse(text.encode("utf-8"), source="notes.txt")
    assert err.value.source == "notes.txt"


def test_this_projects_own_files_are_not_resolutions() -> None:
    root = SEEDS.parent
    for path in [root / "README.md", root / "pyproject.toml", root / "src/resreader/library.py"]:
        with pytest.raises(ParseError):
            load(path)


def test_python_docstring_with_a_numbered_list_is_not_a_resolution() -> None:
    text = '"""Helpers.\n\n1. Leads are recognised from their grammar.\n"""\n\nimport re\n'
    with pytest.raises(ParseError):
        parse(text, source="helpers.py")


def test_a_text_that_quotes_a_pdf_header_is_text() -> None:
    text = "Noted from the %PDF-1.7 original.\n\nThe General Assembly,\n\n1. Decides so;\n"
    assert parse(text.encode()).operative[0].text == "Decides so;"


def test_a_pdf_header_after_binary_junk_is_still_a_pdf() -> None:
    with pytest.raises(ParseError, match="PDF"):
        parse(b"\x00\xff\x10junk%PDF-1.7\n%%EOF\n", source="mail.pdf")

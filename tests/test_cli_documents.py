"""Every command that takes a file takes the documents users have: a PDF, a Word draft."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from docx_builder import SAMPLE_SYMBOL, sample_draft
from resreader.cli import main

CORPUS_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus-pdf"
DRAFT_PDF = CORPUS_PDF / "A-C.2-80-L.7.pdf"
ADOPTED_PDF = CORPUS_PDF / "A-RES-80-133.pdf"
needs_corpus = pytest.mark.skipif(not CORPUS_PDF.is_dir(), reason=f"no corpus at {CORPUS_PDF}")


@pytest.fixture
def word_draft(tmp_path: Path) -> Path:
    path = tmp_path / "draft.docx"
    path.write_bytes(sample_draft())
    return path


@needs_corpus
def test_parse_reads_a_pdf(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(ADOPTED_PDF)]) == 0
    model = json.loads(capsys.readouterr().out)
    assert model["symbol"] == "A/RES/80/133" and model["adopted"] == "2025-12-15"
    assert model["operative"][0]["text"] == "Takes note of the report of the Secretary-General;"
    assert model["operative"][0]["lead"] == "Takes note"


def test_parse_reads_a_word_draft(word_draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--json", str(word_draft)]) == 0
    model = json.loads(capsys.readouterr().out)
    assert model["symbol"] == SAMPLE_SYMBOL and model["number"] is None and model["operative"]


@needs_corpus
def test_diff_compares_a_pdf_draft_with_the_pdf_resolution(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["diff", str(DRAFT_PDF), str(ADOPTED_PDF), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["a"]["symbol"] == "A/C.2/80/L.7" and result["b"]["symbol"] == "A/RES/80/133"
    assert result["summary"]["added"] == 5 and result["summary"]["removed"] == 2


@needs_corpus
def test_export_cites_a_pdf_clause(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(ADOPTED_PDF), "--clauses", "op1"]) == 0
    out = capsys.readouterr().out
    assert out == "1. Takes note of the report of the Secretary-General;\n(A/RES/80/133, para. 1)\n"


def test_a_word_draft_compares_with_itself(
    word_draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["diff", str(word_draft), str(word_draft), "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert {pair["status"] for pair in result["pairs"]} == {"same"}


def test_an_old_word_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old = tmp_path / "draft.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert main(["parse", str(old)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and str(old) in err and ".docx" in err

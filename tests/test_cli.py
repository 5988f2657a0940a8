"""The command line: outline, JSON, symbols for seeds, and bad input without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from resreader import __version__
from resreader.cli import main


def test_outline_lists_every_clause(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "62/209"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("A/RES/62/209  South-South cooperation")
    assert "adopted: 2007-12-19" in out
    assert all(f" op{n} " in out for n in range(1, 16)) and " pp6 " in out
    assert "footnote 7: A/62/295." in out


def test_symbol_forms_open_the_bundled_seed(capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("60/212", "A/RES/60/212"):
        assert main(["parse", "--json", name]) == 0
        assert json.loads(capsys.readouterr().out)["symbol"] == "A/RES/60/212"


def test_bad_files_are_one_line_each_and_the_rest_still_parse(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    binary = tmp_path / "picture.txt"
    binary.write_bytes(b"\x00\x01\x02PNG" * 10)
    empty = tmp_path / "empty.md"
    empty.write_text("")
    status = main(["parse", "--json", str(binary), "60/212", str(empty), "99/999"])
    captured = capsys.readouterr()
    assert status == 2
    errors = captured.err.strip().splitlines()
    assert len(errors) == 3
    assert "picture.txt" in errors[0] and "not a text file" in errors[0]
    assert "empty.md" in errors[1] and "empty" in errors[1]
    assert "99/999" in errors[2]
    assert json.loads(captured.out)[0]["symbol"] == "A/RES/60/212"


def test_no_traceback_reaches_the_user(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("Shopping list\n\n- milk\n- bread\n")
    run = subprocess.run([sys.executable, "-m", "resreader", "parse", str(bad)],
                         capture_output=True, text=True)
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert run.stderr.strip() == f"resreader: {bad}: no resolution found: no preambular or " \
                                 "operative paragraphs"


def test_version() -> None:
    run = subprocess.run([sys.executable, "-m", "resreader", "--version"],
                         capture_output=True, text=True, check=True)
    assert run.stdout.strip() == f"resreader {__version__}"

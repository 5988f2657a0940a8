"""The command line: outline, JSON, symbols for seeds, and bad input without tracebacks."""

from __future__ import annotations

import argparse
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
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
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
    run = subprocess.run(
        [sys.executable, "-m", "resreader", "parse", str(bad)], capture_output=True, text=True
    )
    assert run.returncode == 2
    assert "Traceback" not in run.stderr
    assert (
        run.stderr.strip() == f"resreader: {bad}: no resolution found: no preambular or "
        "operative paragraphs"
    )


def test_version() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "resreader", "--version"], capture_output=True, text=True, check=True
    )
    assert run.stdout.strip() == f"resreader {__version__}"


# -- help a user can read (issue 10) --------------------------------------------------------

SUBCOMMANDS = ("parse", "diff", "export", "open", "compare")

SMALL = """United Nations A/RES/70/1

Resolution adopted by the General Assembly on 1 January 2015

70/1. A small test

The General Assembly,

Recalling its earlier resolutions,

Noting the report,

Welcoming the progress made,

1. Decides to act;

2. Requests the Secretary-General:

(a) To report;

(b) To consult;

(c) To act;
"""


def help_text(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *argv: str
) -> str:
    monkeypatch.setenv("COLUMNS", "80")
    with pytest.raises(SystemExit) as stop:
        main([*argv, "--help"])
    assert stop.value.code == 0
    return capsys.readouterr().out


def test_main_help_is_written_for_users(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = help_text(capsys, monkeypatch)
    assert "`" not in out and "The command line" not in out
    for word in ("PDF", "Word", ".docx", ".txt", ".md", "62/209", *SUBCOMMANDS):
        assert word in out, word


@pytest.mark.parametrize("command", ("", *SUBCOMMANDS))
def test_every_help_fits_80_columns(
    command: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = help_text(capsys, monkeypatch, *([command] if command else []))
    assert max(len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("command", SUBCOMMANDS)
def test_every_argument_of_every_subcommand_has_help(command: str) -> None:
    from resreader.cli import _parser

    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction))
    bare = [a.metavar or a.dest for a in sub.choices[command]._actions if not a.help]
    assert bare == []


def test_export_help_says_where_clause_ids_come_from(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = " ".join(help_text(capsys, monkeypatch, "export").split())
    assert "resreader parse FILE" in out
    assert all(cid in out for cid in ("pp3", "op12", "op7(c)"))


@pytest.mark.parametrize(
    ("asked", "meant"),
    [
        ("12", "op12"),
        ("3", "pp3"),
        ("2c", "op2(c)"),
        ("2(c)", "op2(c)"),
        ("OP1", "op1"),
        ("op2c", "op2(c)"),
        ("pp 2", "pp2"),
    ],
)
def test_an_unknown_clause_id_suggests_the_nearest(
    asked: str, meant: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = tmp_path / "small.txt"
    doc.write_text(SMALL)
    if asked == "12":  # a bare paragraph number on a real resolution
        status = main(["export", "62/209", "--clauses", asked])
    else:  # "3": no op3 here, but a pp3
        status = main(["export", str(doc), "--clauses", asked])
    err = capsys.readouterr().err
    assert status == 2
    assert len(err.strip().splitlines()) == 1
    assert f"no clause id {asked} " in err and f"did you mean {meant}" in err


def test_several_unknown_clause_ids_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status = main(["export", "62/209", "--clauses", "op1,12,7c"])
    err = capsys.readouterr().err.strip()
    assert status == 2 and len(err.splitlines()) == 1
    assert "12" in err and "op12" in err and "7c" in err and "op7" in err
    assert "op1," not in err


def test_a_clause_id_with_nothing_near_points_to_parse(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "62/209", "--clauses", "annex"]) == 2
    err = capsys.readouterr().err.strip()
    assert "no clause id annex" in err and "resreader parse 62/209" in err


@pytest.mark.parametrize("command", ("diff", "compare"))
def test_one_document_given_to_a_pair_command(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stop:
        main([command, "62/209"])
    err = capsys.readouterr().err
    assert stop.value.code == 2
    assert "two documents" in err and "only one" in err and "62/209" in err
    assert "required" not in err


def test_diff_with_two_documents_still_runs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["diff", "62/209", "60/212", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(("asked", "meant"), [("op16", "op15"), ("pp9", "pp6"), ("40", "op15")])
def test_a_number_past_the_end_suggests_the_last_paragraph(
    asked: str, meant: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "62/209", "--clauses", asked]) == 2
    assert capsys.readouterr().err.strip().endswith(f"did you mean {meant}?")

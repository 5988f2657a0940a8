"""The library: symbols resolved to the bundled seeds, the user's folder scanned (bad files
reported, not fatal), files copied in without overwriting, files that cannot be resolutions
refused with a reason. conftest gives every test its own empty XDG_DATA_HOME."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from conftest import SEEDS
from resreader.errors import ParseError
from resreader.library import (
    MAX_BYTES,
    Library,
    load,
    resolve,
    seeds_dir,
    user_library_dir,
)

SEED_ORDER = [  # in time: the adoption date each seed prints, else its session's opening
    "A/C.2/54/L.5",  # draft of the fifty-fourth session (1999), no date printed
    "A/RES/58/220",  # 23 December 2003
    "A/RES/60/212",  # sixtieth session (2005), no date printed
    "A/RES/62/209",  # 19 December 2007
    "A/RES/68/230",  # 20 December 2013
]
DATED = (
    "United Nations A/RES/70/1\n\nResolution adopted by the General Assembly on "
    "25 September 2015\n\n70/1. Transforming our world\n\nThe General Assembly,\n\n"
    "Recalling its resolution 69/315,\n\n1. Adopts the outcome document;\n"
)


def user_dir() -> Path:
    folder = user_library_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder


# --- resolve ----------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["60/212", "A/RES/60/212", " A/RES/60/212 ", "a/res/60/212"])
def test_resolve_finds_the_seed(name: str) -> None:
    assert resolve(name) == seeds_dir() / "A-RES-60-212.txt"


def test_resolve_finds_the_draft_and_markdown_seeds() -> None:
    assert resolve("A/C.2/54/L.5").name == "A-C.2-54-L.5.txt"
    assert resolve("68/230").name == "A-RES-68-230.md"


def test_seeds_dir_holds_the_five_seeds() -> None:
    assert sorted(p.name for p in seeds_dir().iterdir()) == sorted(p.name for p in SEEDS.iterdir())
    assert len(list(seeds_dir().iterdir())) == 5


def test_resolve_returns_an_existing_path_as_given(tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text(DATED, encoding="utf-8")
    assert resolve(str(path)) == path


def test_resolve_finds_the_user_library() -> None:
    (user_dir() / "A-RES-70-1.txt").write_text(DATED, encoding="utf-8")
    assert resolve("70/1") == user_library_dir() / "A-RES-70-1.txt"


@pytest.mark.parametrize("name", ["99/999", "A/RES/99/999", "no-such-file.txt"])
def test_unknown_symbol_names_it(name: str) -> None:
    with pytest.raises(ParseError) as err:
        resolve(name)
    assert err.value.source == name and str(err.value).startswith(f"{name}: ")
    assert "no resolution with that symbol" in str(err.value)


# --- scan -------------------------------------------------------------------------------------


def test_scan_lists_the_seeds_in_time_undated_with_their_session() -> None:
    library = Library()
    library.scan()
    assert [e.symbol for e in library.entries] == SEED_ORDER
    assert [e.adopted for e in library.entries] == [  # nothing guessed into the model
        None,
        "2003-12-23",
        None,
        "2007-12-19",
        "2013-12-20",
    ]
    assert {e.origin for e in library.entries} == {"seed"} and library.errors == []


def test_bad_files_in_the_user_folder_are_reported_and_the_rest_listed() -> None:
    folder = user_dir()
    (folder / "A-RES-70-1.txt").write_text(DATED, encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (folder / "empty.md").write_text("\n", encoding="utf-8")
    (folder / "notes.md").write_text("# Notes\n\nTo read before the meeting.\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.7\x00")  # a PDF cut short
    (folder / "ignored.odt").write_bytes(b"PK\x03\x04")  # not a document suffix: not looked at
    library = Library()
    library.scan()
    failed = {Path(err.source).name: err.reason for err in library.errors}
    assert set(failed) == {"scan.txt", "empty.md", "notes.md", "broken.pdf"}
    assert "not a text file" in failed["scan.txt"] and "empty" in failed["empty.md"]
    assert all(str(folder) in str(err) for err in library.errors)  # the message names the file
    symbols = [e.symbol for e in library.entries]
    assert symbols == [*SEED_ORDER, "A/RES/70/1"]  # 2015: after 68/230 (2013)
    assert library.by_symbol("70/1").origin == "user"


def test_rescan_forgets_removed_files() -> None:
    path = user_dir() / "A-RES-70-1.txt"
    path.write_text(DATED, encoding="utf-8")
    library = Library()
    library.scan()
    assert library.by_symbol("A/RES/70/1") is not None
    path.unlink()
    library.scan()
    assert library.by_symbol("A/RES/70/1") is None and len(library.entries) == 5


# --- open and add_to_library ------------------------------------------------------------------


def test_add_to_library_copies_without_overwriting(tmp_path: Path) -> None:
    library = Library()
    library.scan()
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(DATED, encoding="utf-8")
    second.write_text(
        DATED.replace("its resolution 69/315", "its resolution 69/316"), encoding="utf-8"
    )
    entry = library.add_to_library(library.open(first))
    assert entry.path == user_library_dir() / "A-RES-70-1.txt" and entry.origin == "user"
    assert entry.path.read_text(encoding="utf-8") == DATED and first.exists()
    other = library.add_to_library(library.open(second))
    assert other.path == user_library_dir() / "A-RES-70-1 (2).txt"
    assert entry.path.read_text(encoding="utf-8") == DATED  # the first copy is untouched
    assert "69/316" in other.path.read_text(encoding="utf-8")
    rescanned = Library()
    rescanned.scan()
    assert [e.path.name for e in rescanned.entries if e.origin == "user"] == [
        "A-RES-70-1 (2).txt",
        "A-RES-70-1.txt",
    ]


def test_add_to_library_names_an_unknown_symbol_after_the_file(tmp_path: Path) -> None:
    path = tmp_path / "draft notes.md"
    path.write_text("The General Assembly,\n\n1. Decides to remain seized.\n", encoding="utf-8")
    library = Library()
    entry = library.add_to_library(library.open(path))
    assert entry.symbol is None and entry.path == user_library_dir() / "draft notes.md"


def test_open_twice_gives_the_same_entry_and_a_failure_changes_nothing(tmp_path: Path) -> None:
    library = Library()
    library.scan()
    path = tmp_path / "res.txt"
    path.write_text(DATED, encoding="utf-8")
    entry = library.open(path)
    assert library.open(path) is entry and len(library.entries) == 6
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01")
    with pytest.raises(ParseError, match="not a text file"):
        library.open(bad)
    assert len(library.entries) == 6 and library.errors == []


# --- files that cannot be resolutions ---------------------------------------------------------


def test_a_file_larger_than_max_bytes_is_too_large(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(ParseError, match="too large") as err:
        load(path)
    assert err.value.source == str(path)


def test_a_file_of_exactly_max_bytes_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.write(DATED.encode("utf-8"))
        handle.write(b" " * (MAX_BYTES - len(DATED.encode("utf-8"))))
    assert path.stat().st_size == MAX_BYTES
    assert load(path).symbol == "A/RES/70/1"


def test_a_too_large_file_in_the_user_folder_lands_in_errors() -> None:
    with (user_dir() / "huge.txt").open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    library = Library()
    library.scan()
    assert [("huge.txt" in str(e), "too large" in e.reason) for e in library.errors] == [
        (True, True)
    ]
    assert len(library.entries) == 5


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="folder") as err:
        load(tmp_path)
    assert err.value.source == str(tmp_path)


def test_a_directory_named_like_a_text_file_lands_in_errors() -> None:
    (user_dir() / "A-RES-1-1.txt").mkdir()
    library = Library()
    library.scan()
    assert [Path(e.source).name for e in library.errors] == ["A-RES-1-1.txt"]


def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(ParseError) as err:
        load(path)
    assert err.value.source == str(path) and "No such file" in err.value.reason


@pytest.mark.skipif(
    os.geteuid() == 0 if hasattr(os, "geteuid") else True,
    reason="root reads any file; needs an ordinary POSIX user",
)
def test_an_unreadable_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text(DATED, encoding="utf-8")
    path.chmod(0)
    with pytest.raises(ParseError, match="Permission denied"):
        load(path)


def test_chronology_orders_undated_texts_by_their_session_only() -> None:
    from resreader.library import chronology
    from resreader.model import Resolution

    assert chronology(Resolution(adopted="2007-12-19", session=62)) == "2007-12-19"
    assert chronology(Resolution(session=60, body="General Assembly")) == "2005-09"
    assert chronology(Resolution(symbol="S/RES/2334 (2016)", body="Security Council")) == "~"
    assert chronology(Resolution()) == "~"

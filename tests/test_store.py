"""Settings on disk: round-trip, atomic writes, a corrupt file moved aside (never a crash)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from resreader.store import MAX_RECENT, Settings, atomic_write_text, config_dir


def test_settings_round_trip_under_user_config_dir() -> None:
    settings = Settings()
    assert settings.path.parent == config_dir()
    assert os.environ["XDG_CONFIG_HOME"] in str(settings.path)  # isolated by conftest
    settings.set("zoom", 3)
    settings.set("read_splitter", [250, 750])
    settings.set("last_opened", "/tmp/Résolution 60-212.txt")
    settings.save()

    again = Settings()
    assert again.warning is None
    assert again.get("zoom") == 3
    assert again.get("read_splitter") == [250, 750]
    assert again.get("last_opened") == "/tmp/Résolution 60-212.txt"
    assert again.get("missing", "default") == "default"


def test_recent_files_most_recent_first_without_duplicates() -> None:
    settings = Settings()
    for name in ("a.txt", "b.txt", "a.txt"):
        settings.add_recent(name)
    assert settings.recent_files() == ["a.txt", "b.txt"]
    for n in range(MAX_RECENT + 5):
        settings.add_recent(f"{n}.txt")
    assert len(settings.recent_files()) == MAX_RECENT
    assert settings.recent_files()[0] == f"{MAX_RECENT + 4}.txt"
    settings.clear_recent()
    assert settings.recent_files() == []


@pytest.mark.parametrize("garbage", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2, 3]", b""])
def test_corrupt_settings_are_moved_aside_with_a_warning(garbage: bytes) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_bytes(garbage)

    settings = Settings()

    assert settings.data == {}
    assert settings.warning and "moved aside" in settings.warning
    aside = list(path.parent.glob("settings.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert str(aside[0]) in settings.warning
    assert not path.exists()
    settings.set("zoom", 1)
    settings.save()  # a fresh file is started
    assert json.loads(path.read_text(encoding="utf-8")) == {"zoom": 1}


def test_second_corrupt_file_does_not_overwrite_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("resreader.store.time.strftime", lambda _fmt: "20240101-000000")
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    for garbage in (b"{one", b"{two"):
        path.write_bytes(garbage)
        Settings()
    kept = sorted(p.read_bytes() for p in path.parent.glob("settings.json.corrupt-*"))
    assert kept == [b"{one", b"{two"]


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "settings.json"
    atomic_write_text(target, '{"a": 1}')
    atomic_write_text(target, '{"a": 2}')
    assert target.read_text() == '{"a": 2}'
    assert [p.name for p in target.parent.iterdir()] == ["settings.json"]


def test_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "settings.json"
    target.write_text('{"zoom": 1}')

    def broken_replace(_src: str, _dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("resreader.store.os.replace", broken_replace)
    settings = Settings(target)
    settings.set("zoom", 5)
    settings.save()
    assert settings.warning and "No space left" in settings.warning
    assert json.loads(target.read_text()) == {"zoom": 1}
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_unsaveable_values_become_a_warning(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.json")
    settings.set("bad", object())
    settings.save()
    assert settings.warning and "Could not save settings" in settings.warning


@pytest.mark.parametrize(
    "key, bad",
    [
        ("geometry", "géométrie"),
        ("window_state", "not base64!"),
        ("main_splitter", [2**31, 1]),
        ("read_splitter", [-1, 5]),
        ("read_splitter", "wide"),
        ("zoom", True),
        ("zoom", 2**40),
        ("last_dir", 7),
        ("original_page", "yes"),
    ],
)
def test_an_unusable_value_is_dropped_the_rest_kept_and_the_file_moved_aside(
    key: str, bad: object
) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text(
        json.dumps({key: bad, "recent_files": ["a.txt"], "zoom_note": 1}), encoding="utf-8"
    )
    original = path.read_bytes()

    settings = Settings()

    assert key not in settings.data
    assert settings.recent_files() == ["a.txt"] and settings.get("zoom_note") == 1
    assert settings.warning and "moved aside" in settings.warning and key in settings.warning
    [aside] = path.parent.glob("settings.json.corrupt-*")
    assert aside.read_bytes() == original and str(aside) in settings.warning
    assert json.loads(path.read_text(encoding="utf-8")) == {
        "recent_files": ["a.txt"],
        "zoom_note": 1,
    }
    assert Settings().warning is None  # written back clean: the next start says nothing


def test_usable_values_leave_the_file_where_it_is() -> None:
    settings = Settings()
    for key, value in (
        ("geometry", "AdnQywADAAA="),
        ("main_splitter", [285, 995]),
        ("zoom", -2),
        ("original_page", False),
        ("last_dir", "/tmp"),
    ):
        settings.set(key, value)
    settings.save()
    again = Settings()
    assert again.warning is None and again.data == settings.data
    assert not list(config_dir().glob("settings.json.corrupt-*"))

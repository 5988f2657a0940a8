"""Settings on disk: one JSON object under `user_config_dir("resreader")`, written atomically.

No Qt here. Values are plain JSON (the UI stores Qt's byte blobs as base64 strings).
A settings file that cannot be read back is moved aside as `settings.json.corrupt-<time>`
and a fresh one is started; `Settings.warning` then says so, for the UI to show. So is one
holding a value of the wrong kind for a key the app knows (`VALID`): that value is dropped,
every other one kept and written back, and the original stays aside as it was.
"""

from __future__ import annotations

import binascii
import json
import os
import tempfile
import time
from base64 import b64decode
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, TypeGuard

SETTINGS_NAME = "settings.json"
MAX_RECENT = 10
MAX_PIXELS = 1 << 20  # a splitter pane wider than this is no screen's: Qt's int is 2**31


def is_blob(value: object) -> TypeGuard[str]:
    """A Qt byte blob as saved: non-empty ASCII base64."""
    if not isinstance(value, str) or not value:
        return False
    try:
        b64decode(value.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error):
        return False
    return True


def is_sizes(value: object) -> TypeGuard[list[int]]:
    """Splitter sizes: a list of whole pixel counts Qt can take, not all zero."""
    return (
        isinstance(value, list)
        and bool(value)
        and all(type(v) is int and 0 <= v <= MAX_PIXELS for v in value)
        and sum(value) > 0
    )


def is_int(value: object) -> TypeGuard[int]:
    return type(value) is int and abs(value) < 1 << 31  # not a bool, fits Qt's int


def _of(kind: type) -> Callable[[object], bool]:
    return lambda value: isinstance(value, kind)


# What each key the app reads must hold; a file breaking one is moved aside (that key dropped).
VALID: dict[str, Callable[[object], bool]] = {
    "geometry": is_blob,
    "window_state": is_blob,
    "main_splitter": is_sizes,
    "read_splitter": is_sizes,
    "zoom": is_int,
    "original_page": _of(bool),
    "last_opened": _of(str),
    "last_dir": _of(str),
    "recent_files": _of(list),
}


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("resreader", appauthor=False))


def atomic_write_text(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename it over `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Settings:
    """A small key → JSON value store; `save()` persists it."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / SETTINGS_NAME
        self.warning: str | None = None
        self.data: dict[str, Any] = self._read()

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        self.data[key] = value

    def save(self) -> None:
        """Persist; a failure to write becomes `warning`, never an exception."""
        try:
            atomic_write_text(self.path, json.dumps(self.data, ensure_ascii=False, indent=1))
        except (OSError, TypeError, ValueError) as err:
            self.warning = f"Could not save settings to {self.path}: {err}"

    # Recent files: most recent first, no duplicates, at most MAX_RECENT.
    def recent_files(self) -> list[str]:
        value = self.data.get("recent_files")
        return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []

    def add_recent(self, path: str) -> None:
        recent = [p for p in self.recent_files() if p != path]
        self.data["recent_files"] = [path, *recent][:MAX_RECENT]

    def clear_recent(self) -> None:
        self.data["recent_files"] = []

    def _read(self) -> dict[str, Any]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as err:
            self.warning = f"Could not read settings {self.path}: {err.strerror or err}"
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            data = None
        if not isinstance(data, dict):
            self._move_aside()
            return {}
        bad = [key for key, valid in VALID.items() if key in data and not valid(data[key])]
        if not bad:
            return data
        usable = {key: value for key, value in data.items() if key not in bad}
        if self._move_aside(", ".join(bad)):
            self._write_back(usable)
        return usable

    def _write_back(self, data: dict[str, Any]) -> None:
        """The usable values, saved at once: the next start is clean even after a crash."""
        with suppress(OSError, TypeError, ValueError):  # else kept in memory; `save()` reports
            atomic_write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def _move_aside(self, keys: str | None = None) -> bool:
        """Rename the file; `keys` names the unusable values (None: the whole file)."""
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 2
        while target.exists():
            target, n = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}"), n + 1
        try:
            self.path.rename(target)
        except OSError as err:
            what, then = (
                (f"had unusable values ({keys})", "defaults are used for them")
                if keys
                else ("was unreadable", "starting with default settings")
            )
            self.warning = (
                f"Settings file {self.path} {what} and could not be moved "
                f"aside ({err.strerror or err}); {then}."
            )
            return False
        if keys:
            self.warning = (
                f"Settings file had unusable values ({keys}); it was moved aside "
                f"to {target} and defaults are used for them."
            )
        else:
            self.warning = (
                f"Settings file was unreadable; it was moved aside to {target} "
                "and default settings are used."
            )
        return True

"""Settings on disk: one JSON object under `user_config_dir("resreader")`, written atomically.

No Qt here. Values are plain JSON (the UI stores Qt's byte blobs as base64 strings).
A settings file that cannot be read back is moved aside as `settings.json.corrupt-<time>`
and a fresh one is started; `Settings.warning` then says so, for the UI to show.
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

SETTINGS_NAME = "settings.json"
MAX_RECENT = 10


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
        if isinstance(data, dict):
            return data
        self._move_aside()
        return {}

    def _move_aside(self) -> None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 2
        while target.exists():
            target, n = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}"), n + 1
        try:
            self.path.rename(target)
        except OSError as err:
            self.warning = (f"Settings file {self.path} was unreadable and could not be moved "
                            f"aside ({err.strerror or err}); starting with default settings.")
            return
        self.warning = (f"Settings file was unreadable; it was moved aside to {target} "
                        "and default settings are used.")

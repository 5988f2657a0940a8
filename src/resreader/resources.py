"""Files the app ships beside its code: the icon in every size, the Linux desktop entry and
AppStream metadata. No Qt here: callers turn paths into QIcons.

Found like the seeds (`library.seeds_dir`): package data at `resreader/resources` when
installed from the wheel or frozen by PyInstaller, else the checkout's top-level `resources/`.

    from resreader.resources import icon_path, icon_paths
    QIcon(str(icon_path()))                      # the SVG
    icon = QIcon(); [icon.addFile(str(p)) for p in icon_paths()]   # the PNG sizes
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path, PurePosixPath

APP_ID = "org.resreader.Resreader"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path:
    """The folder holding the resources: package data first, then the source checkout's."""
    packaged = Path(str(importlib.resources.files("resreader"))) / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> Path:
    """The file `name` ("icons/resreader.svg") inside the resources; FileNotFoundError if absent.

    Names are relative, with forward slashes, on every platform; `..` is refused so a
    name can never point outside the resources."""
    parts = PurePosixPath(name).parts
    if not parts or PurePosixPath(name).is_absolute() or ".." in parts or "\\" in name:
        raise ValueError(f"not a resource name: {name!r}")
    path = resources_dir().joinpath(*parts)
    if not path.is_file():
        raise FileNotFoundError(f"resreader resource missing: {name} (looked in {path.parent})")
    return path


def icon_path(size: int | None = None) -> Path:
    """The application icon: the SVG, or the PNG rendered at `size` (one of ICON_SIZES)."""
    if size is None:
        return resource_path("icons/resreader.svg")
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; sizes are {ICON_SIZES}")
    return resource_path(f"icons/resreader-{size}.png")


def icon_paths() -> list[Path]:
    """Every PNG size, smallest first: what a window icon wants (no SVG plugin needed)."""
    return [icon_path(size) for size in ICON_SIZES]


def desktop_entry_path() -> Path:
    return resource_path(f"linux/{APP_ID}.desktop")


def metainfo_path() -> Path:
    return resource_path(f"linux/{APP_ID}.metainfo.xml")

"""The shipped resources: found from the checkout and as package data, icons at every declared
size (read from the files themselves), a valid desktop entry and AppStream metadata."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from resreader import resources
from resreader.resources import (
    APP_ID,
    ICON_SIZES,
    desktop_entry_path,
    icon_path,
    icon_paths,
    metainfo_path,
    resource_path,
    resources_dir,
)

ROOT = Path(__file__).resolve().parents[1]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_header(data: bytes) -> tuple[int, int, int]:
    """Width, height and colour type from the IHDR chunk that must open every PNG."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG"
    length, kind = struct.unpack(">I4s", data[8:16])
    assert kind == b"IHDR" and length == 13
    width, height, _depth, colour = struct.unpack(">IIBB", data[16:26])
    return width, height, colour


# --- finding the files -------------------------------------------------------------------


def test_resources_are_found_in_the_checkout() -> None:
    # An editable install has no package data: the top-level folder is the answer.
    assert resources_dir() == ROOT / "resources"
    assert resource_path("icons/resreader.svg") == ROOT / "resources" / "icons" / "resreader.svg"


def test_package_data_wins_over_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Installed from the wheel or frozen, importlib.resources.files("resreader") holds them.
    package = tmp_path / "resreader"
    shutil.copytree(ROOT / "resources", package / "resources")
    monkeypatch.setattr(resources.importlib.resources, "files", lambda name: package)
    assert resources_dir() == package / "resources"
    assert icon_path(48) == package / "resources" / "icons" / "resreader-48.png"
    assert desktop_entry_path().parent == package / "resources" / "linux"


def test_an_empty_package_folder_falls_back_to_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(resources.importlib.resources, "files", lambda name: tmp_path)
    assert resources_dir() == ROOT / "resources"


def test_a_missing_resource_is_a_clear_error() -> None:
    with pytest.raises(FileNotFoundError, match="icons/nothing.png"):
        resource_path("icons/nothing.png")


@pytest.mark.parametrize(
    "name",
    ["", "../pyproject.toml", "icons/../../README.md", "/etc/passwd", "icons\\resreader.svg"],
)
def test_names_cannot_leave_the_resources(name: str) -> None:
    with pytest.raises(ValueError, match="not a resource name"):
        resource_path(name)


def test_icon_path_refuses_sizes_that_were_not_rendered() -> None:
    with pytest.raises(ValueError, match="no 20 px icon"):
        icon_path(20)


# --- the icon ----------------------------------------------------------------------------


def test_svg_is_a_square_svg_document() -> None:
    root = ET.parse(icon_path()).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    assert width == height > 0


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_exist_at_every_declared_size(size: int) -> None:
    width, height, colour = png_header(icon_path(size).read_bytes())
    assert (width, height) == (size, size)
    assert colour == 6, "RGBA: the page's corners must stay transparent"


def test_icon_paths_are_every_size_smallest_first() -> None:
    sizes = [png_header(path.read_bytes())[0] for path in icon_paths()]
    assert sizes == sorted(sizes) == list(ICON_SIZES)


def test_ico_embeds_a_png_per_size_up_to_256() -> None:
    data = resource_path("icons/resreader.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for n in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * n : 22 + 16 * n]
        )
        png = data[offset : offset + length]
        assert len(png) == length and planes == 1 and bits == 32
        declared = width or 256  # 0 stands for 256
        assert png_header(png)[:2] == (declared, height or 256)
        sizes.append(declared)
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_png_entries_ic07_to_ic10() -> None:
    data = resource_path("icons/resreader.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    entries, pos = {}, 8
    while pos < len(data):
        kind, length = struct.unpack(">4sI", data[pos : pos + 8])
        entries[kind] = png_header(data[pos + 8 : pos + length])[:2]
        pos += length
    assert pos == len(data)
    expected = {b"ic07": 128, b"ic08": 256, b"ic09": 512, b"ic10": 1024}
    for kind, side in expected.items():
        assert entries[kind] == (side, side), kind


# --- Linux desktop integration -----------------------------------------------------------


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(desktop_entry_path(), encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_required_keys() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"]
    assert entry["Exec"] == "resreader open %F"  # the CLI opens files with `open`
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert entry["MimeType"] == "text/plain;text/markdown;"
    assert entry["Categories"] == "Office;Viewer;"


def test_desktop_entry_is_named_after_the_app_id() -> None:
    assert desktop_entry_path().name == f"{APP_ID}.desktop"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate not installed (apt-get install desktop-file-utils)",
)
def test_desktop_entry_passes_desktop_file_validate() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(desktop_entry_path())],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_describes_the_app_and_its_first_release() -> None:
    root = ET.parse(metainfo_path()).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == desktop_entry_path().name
    assert root.findall("description/p"), "a description with paragraphs"
    rating = root.find("content_rating")
    assert rating is not None and rating.get("type", "").startswith("oars-")
    assert [r.get("version") for r in root.findall("releases/release")] == [VERSION]
    assert root.findtext("provides/binary") == "resreader"


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstreamcli not installed")
def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo_path())],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr

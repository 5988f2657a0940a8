"""`resreader … --screenshot OUT.png` writes a real 1280×800 picture of the window and exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    code = "import sys; from resreader.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def distinct_colours(image: QImage, step: int = 7) -> int:
    return len(
        {
            image.pixel(x, y)
            for y in range(0, image.height(), step)
            for x in range(0, image.width(), step)
        }
    )


def dark_pixels(image: QImage, x0: int, x1: int, step: int = 3) -> int:
    return sum(
        1
        for y in range(0, image.height(), step)
        for x in range(x0, x1, step)
        if QColor(image.pixel(x, y)).lightness() < 110
    )


@pytest.mark.parametrize("args", [["open", "62/209"], [], ["compare", "60/212", "62/209"]])
def test_screenshot_writes_a_full_window_png(qapp, tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "shot.png"
    result = run_cli(*args, "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 8  # not a blank or single-colour picture
    assert dark_pixels(image, 0, 300) > 200  # the library list has text


def test_screenshot_of_an_open_resolution_shows_its_text(qapp, tmp_path: Path) -> None:
    library_only, opened = tmp_path / "library.png", tmp_path / "open.png"
    assert run_cli("--screenshot", str(library_only)).returncode == 0
    assert run_cli("open", "62/209", "--screenshot", str(opened)).returncode == 0
    right = (700, 1280)  # the reading pane's side of the window
    assert (
        dark_pixels(QImage(str(opened)), *right)
        > 3 * dark_pixels(QImage(str(library_only)), *right) + 500
    )


def test_screenshot_of_a_bad_file_names_it_and_fails_cleanly(qapp, tmp_path: Path) -> None:
    bad = tmp_path / "garbage.txt"
    bad.write_bytes(bytes(range(256)) * 8)
    out = tmp_path / "shot.png"
    result = run_cli("open", str(bad), "--screenshot", str(out))
    assert result.returncode == 2
    assert "garbage.txt" in result.stderr and "Traceback" not in result.stderr
    assert QImage(str(out)).width() == 1280  # the window still came up, with the message


def test_without_a_display_screenshots_still_work_and_the_window_says_why(
    qapp, tmp_path: Path
) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    code = "import sys; from resreader.cli import main; sys.exit(main(sys.argv[1:]))"
    out = tmp_path / "shot.png"
    shot = subprocess.run(
        [sys.executable, "-c", code, "--screenshot", str(out)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert shot.returncode == 0, shot.stderr
    assert QImage(str(out)).width() == 1280
    plain = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert plain.returncode == 2
    assert "no display" in plain.stderr and "Traceback" not in plain.stderr


def test_screenshot_given_before_the_command_is_kept(qapp, tmp_path: Path) -> None:
    # "--screenshot OUT open FILE": the option before the command was reset by the
    # command's own default, and the window opened and stayed open
    out = tmp_path / "before.png"
    result = run_cli("--screenshot", str(out), "open", "62/209")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).width() == 1280

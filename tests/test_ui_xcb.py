"""The real app on the xcb platform: under Xvfb it shows its window, and pixels reach the X
server (read back from the root window). Skipped where Xvfb is not installed."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

import pytest

CHILD = """
import sys
from PySide6.QtGui import QGuiApplication
from PySide6.QtCore import QTimer
from resreader.ui.app import run_gui

def on_shown(window):
    def check():
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(20, check)
            return
        QTimer.singleShot(300, lambda: report(window))
    check()

def report(window):
    shot = QGuiApplication.primaryScreen().grabWindow(0).toImage()
    geo = window.geometry()
    colours = {shot.pixel(x, y) for x in range(geo.left(), geo.right(), 9)
               for y in range(geo.top(), geo.bottom(), 9)}
    print(QGuiApplication.platformName(), window.windowTitle(), window.model.rowCount(),
          len(colours), sep="|", flush=True)
    QGuiApplication.quit()

sys.exit(run_gui(sys.argv[1], sys.argv[2:], None, on_shown=on_shown))
"""


@pytest.fixture
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (./dev installs it)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    try:
        assert number, "Xvfb did not report its display"
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["library"], "resreader"),
        (["open", "62/209"], "A/RES/62/209 — South-South cooperation — resreader"),
    ],
)
def test_the_app_shows_its_window_on_xcb(x_display: str, args: list[str], title: str) -> None:
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *args], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-1500:]
    platform, shown_title, rows, colours = done.stdout.strip().split("|")
    assert platform == "xcb"
    assert shown_title == title
    assert int(rows) == 5
    assert int(colours) > 10  # the X server holds a drawn window, not an empty screen

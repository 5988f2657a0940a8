"""The app survives the PySide6 6.12.0 / Python 3.11 lost-None bug (see resreader.ui.compat)."""

from __future__ import annotations

import os
import subprocess
import sys

from resreader.ui import compat

MANY_CALLS = """
from PySide6.QtWidgets import QWidget
from resreader.ui.app import application
app = application()
widget = QWidget()
for _ in range(50_000):  # each one loses a reference to None on the affected pair
    widget.update()
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_the_app() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", MANY_CALLS], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"


def test_guard_only_touches_the_affected_pair() -> None:
    before = sys.getrefcount(None)
    compat.protect_none()
    if compat.affected():
        assert sys.getrefcount(None) >= compat.HEADROOM
    else:
        assert abs(sys.getrefcount(None) - before) < 100

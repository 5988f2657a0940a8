"""The app survives many void Qt calls: PySide6 6.12.0 on Python 3.11 loses a reference to
None on each and aborts (pyproject pins PySide6 below 6.12; this fails if that comes back)."""

from __future__ import annotations

import os
import subprocess
import sys

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
    done = subprocess.run(
        [sys.executable, "-c", MANY_CALLS], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"

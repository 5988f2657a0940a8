"""Start-up benchmark: process start → main window shown with the library listed, beside a
bare PySide6 QMainWindow shown by the same Python (the baseline), median of several runs;
then the time to open and typeset the longest seed.

    .venv/bin/python bench/startup.py [--runs 7]

Each start is a fresh subprocess timed from just before it is spawned until it reports
(on stdout) that its window is exposed. Settings and library folders are a fresh temporary
folder, so no last-opened resolution is restored. Without a display, Qt runs offscreen.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WAIT_EXPOSED = """
from PySide6.QtCore import QTimer
def when_exposed(window, report):
    def poll():
        handle = window.windowHandle()
        if handle is not None and handle.isExposed():
            report()
        else:
            QTimer.singleShot(1, poll)
    QTimer.singleShot(0, poll)
"""

BARE = (
    WAIT_EXPOSED
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
def report():
    print("shown", flush=True)
    app.quit()
when_exposed(window, report)
app.exec()
"""
)

APP = (
    WAIT_EXPOSED
    + """
from PySide6.QtWidgets import QApplication
from resreader.ui.app import run_gui
def on_shown(window):
    def report():
        assert window.model.rowCount() > 0, "library not listed"
        print("shown", window.model.rowCount(), flush=True)
        QApplication.instance().quit()
    when_exposed(window, report)
run_gui("library", [], None, on_shown=on_shown)
"""
)

PHASES = (
    WAIT_EXPOSED
    + """
import time
marks = [("start", time.perf_counter())]
import PySide6.QtWidgets
marks.append(("import PySide6", time.perf_counter()))
import resreader.library  # a warm start reads the parse cache: no parser
marks.append(("import core", time.perf_counter()))
import resreader.ui.app
from resreader.ui.app import application
marks.append(("import resreader.ui", time.perf_counter()))
from resreader.library import Library
from resreader.store import Settings
from resreader.ui import window_state
from resreader.ui.main_window import MainWindow
app = application()
window = MainWindow(Library(), Settings(), persist=False)
window_state.restore(window)
marks.append(("build the window", time.perf_counter()))
window.scan_library()
marks.append(("scan + parse the library", time.perf_counter()))
window.show()
def report():
    marks.append(("show until exposed", time.perf_counter()))
    print(" ".join(f"{name.replace(' ', '_')}={(t - marks[i][1]) * 1000:.1f}"
                   for i, (name, t) in enumerate(marks[1:])), flush=True)
    app.quit()
when_exposed(window, report)
app.exec()
"""
)

TYPESET = """
import sys, time
from pathlib import Path
from resreader.ui.app import application, build_window
from resreader.library import load
path = Path(sys.argv[1])
app = application()
window, _ = build_window("library", [], persist=False)
window.show()
app.processEvents()
t0 = time.perf_counter()
window.open_paths([path])
app.processEvents()
first = time.perf_counter() - t0
warm = []
for _ in range(5):
    t0 = time.perf_counter()
    window.reader.show_resolution(load(path))
    app.processEvents()
    warm.append(time.perf_counter() - t0)
print(first, *warm)
"""


def environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        env[var] = str(home / sub)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def time_start(code: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code],
        env=env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _, err = child.communicate(timeout=60)
    if not line.startswith("shown"):
        raise SystemExit(f"the child did not show its window:\n{err}")
    return elapsed


def longest_seed() -> Path:
    return max((ROOT / "seeds").iterdir(), key=lambda p: p.stat().st_size)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        env = environment(Path(home))
        print(
            f"Python {sys.version.split()[0]}, platform "
            f"{env.get('QT_QPA_PLATFORM') or 'default (display)'}, {args.runs} runs each"
        )
        time_start(BARE, env), time_start(APP, env)  # warm the disk cache once
        bare = [time_start(BARE, env) for _ in range(args.runs)]
        app = [time_start(APP, env) for _ in range(args.runs)]
        report(bare, app, env)


def report(bare: list[float], app: list[float], env: dict[str, str]) -> None:
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    print(
        f"bare PySide6 QMainWindow shown:     median {bare_ms:7.1f} ms "
        f"(min {min(bare) * 1000:.1f}, max {max(bare) * 1000:.1f})"
    )
    print(
        f"resreader window, library listed:  median {app_ms:7.1f} ms "
        f"(min {min(app) * 1000:.1f}, max {max(app) * 1000:.1f})"
    )
    print(f"ratio: {app_ms / bare_ms:.2f}× the bare window (goal: within 2×)")
    phase_figures(env, len(app))
    typeset_figures(env)


def phase_figures(env: dict[str, str], runs: int) -> None:
    """Where the app's start-up goes, measured inside the process (median per phase)."""
    samples: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PHASES],
            env=env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for pair in out.split():
            name, value = pair.rsplit("=", 1)
            samples.setdefault(name, []).append(float(value))
    print(
        "  in-process phases (median ms): "
        + ", ".join(
            f"{name.replace('_', ' ')} {statistics.median(values):.0f}"
            for name, values in samples.items()
        )
    )


def typeset_figures(env: dict[str, str]) -> None:
    seed = longest_seed()
    done = subprocess.run(
        [sys.executable, "-c", TYPESET, str(seed)],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        print(f"open + typeset {seed.name}: failed\n{done.stderr[-2000:]}")
        return
    first, *warm = (float(v) * 1000 for v in done.stdout.split())
    print(
        f"open + typeset {seed.name} ({seed.stat().st_size} bytes): first {first:.1f} ms "
        f"(includes loading the typesetter), then median {statistics.median(warm):.1f} ms"
    )


if __name__ == "__main__":
    main()

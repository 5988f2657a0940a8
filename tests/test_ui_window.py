"""The main window: opening files (good, bad, dropped), links, library filter, compare
selection, and the window as the user left it next time."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from resreader.library import user_library_dir
from resreader.store import config_dir
from resreader.ui.app import build_window
from resreader.ui.main_window import MainWindow

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
TITLE_62_209 = "A/RES/62/209 — South-South cooperation — resreader"


@pytest.fixture
def window(qtbot) -> MainWindow:
    win, ok = build_window("library", [])
    assert ok
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def shown_symbols(win: MainWindow) -> list[str]:
    proxy = win.library_panel.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def copy_seed(folder: Path, name: str = "A-RES-62-209.txt", as_name: str = "mine.txt") -> Path:
    target = folder / as_name
    target.write_bytes((SEEDS / name).read_bytes())
    return target


def test_starts_on_the_library_with_the_seeds(window: MainWindow) -> None:
    assert window.windowTitle() == "resreader"
    assert len(shown_symbols(window)) == 5
    assert "A/RES/62/209" in shown_symbols(window)
    assert window.tabs.tabText(0) == "Read" and window.tabs.tabText(1) == "Compare"
    assert not window.messages.isVisible()


def test_clicking_a_row_reads_it(window: MainWindow, qtbot) -> None:
    view = window.library_panel.view
    row = shown_symbols(window).index("A/RES/62/209")
    index = window.library_panel.proxy.index(row, 1)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert window.windowTitle() == TITLE_62_209
    assert "Welcomes the report" in window.reader.view.toPlainText()
    assert window.reader.model.rowCount() >= 2


def test_filter_box_filters_as_you_type(window: MainWindow, qtbot) -> None:
    qtbot.keyClicks(window.library_panel.filter, "68/")
    assert shown_symbols(window) == ["A/RES/68/230"]
    window.library_panel.filter.clear()
    assert len(shown_symbols(window)) == 5


BAD_FILES = {
    "binary.txt": bytes(range(256)) * 16,
    "empty.txt": b"",
    "garbage.md": "Ïñ\x9c\xa0 no résolution here ¤¤".encode("latin-1", "replace")
    + b"\xff\xfe" * 50,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_leaves_the_window_as_it_was(
    window: MainWindow, tmp_path: Path, name: str
) -> None:
    window.open_names(["62/209"])
    before = (window.windowTitle(), window.reader.view.toPlainText(), window.model.rowCount())
    bad = tmp_path / name
    bad.write_bytes(BAD_FILES[name])

    assert window.open_paths([bad]) is False

    assert window.messages.isVisible() and name in window.messages.text()
    assert name in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None  # nothing blocks the window
    assert (
        window.windowTitle(),
        window.reader.view.toPlainText(),
        window.model.rowCount(),
    ) == before
    # Still usable: a good file opens next.
    assert window.open_paths([copy_seed(tmp_path, "A-RES-68-230.md", "good.md")])
    assert window.windowTitle().startswith("A/RES/68/230")


def test_unknown_symbol_is_a_message(window: MainWindow) -> None:
    assert window.open_names(["99/999"]) is False
    assert "99/999" in window.messages.text()
    window.messages.dismiss()
    assert not window.messages.isVisible()


def test_dropping_a_file_opens_it(window: MainWindow, tmp_path: Path) -> None:
    mine = copy_seed(tmp_path)
    ignored = tmp_path / "picture.png"
    ignored.write_bytes(b"\x89PNG")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(ignored)), QUrl.fromLocalFile(str(mine))])
    event = QDropEvent(
        QPointF(300, 300),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert event.isAccepted()
    assert window.current is not None and window.current.path == mine
    assert window.model.rowCount() == 6


def test_add_to_library_copies_the_file(window: MainWindow, tmp_path: Path) -> None:
    mine = copy_seed(tmp_path)
    window.open_paths([mine])
    assert window.commands.add_to_library.isEnabled()
    window.commands.add_to_library.trigger()
    copied = user_library_dir() / "A-RES-62-209.txt"
    assert copied.read_bytes() == mine.read_bytes()
    assert window.current is not None and window.current.origin == "user"
    assert not window.commands.add_to_library.isEnabled()


def test_links_open_library_resolutions_and_nothing_else(window: MainWindow) -> None:
    window.open_names(["62/209"])
    window.reader.view.anchorClicked.emit(QUrl("res:A/RES/58/220"))
    assert window.windowTitle().startswith("A/RES/58/220")
    assert window.library_panel.selected_entries()[0].symbol == "A/RES/58/220"
    window.reader.view.anchorClicked.emit(QUrl("res:A/RES/1/1"))
    assert "not in your library" in window.statusBar().currentMessage()
    window.reader.view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert "not followed" in window.statusBar().currentMessage()
    assert window.windowTitle().startswith("A/RES/58/220")


def test_compare_mode_selects_both(qtbot) -> None:
    win, ok = build_window("compare", ["60/212", "62/209"])
    qtbot.addWidget(win)
    assert ok
    assert sorted(e.symbol for e in win.library_panel.selected_entries()) == [
        "A/RES/60/212",
        "A/RES/62/209",
    ]
    assert win.commands.compare.isEnabled()
    with qtbot.waitSignal(win.compareRequested) as request:
        win.commands.compare.trigger()
    assert {e.symbol for e in request.args} == {"A/RES/60/212", "A/RES/62/209"}


def test_window_is_as_the_user_left_it(qtbot, tmp_path: Path) -> None:
    mine = copy_seed(tmp_path)
    first, _ = build_window("library", [])
    qtbot.addWidget(first)
    first.show()
    first.open_paths([mine])
    first.resize(760, 560)  # within the offscreen screen (800×600)
    first.splitter.setSizes([250, 500])
    first.reader.splitter.setSizes([200, 300])
    first.commands.zoom_in.trigger()
    first.commands.zoom_in.trigger()
    first.close()

    again, _ = build_window("library", [])
    qtbot.addWidget(again)
    again.show()
    assert again.current is not None and again.current.path == mine
    assert again.windowTitle() == TITLE_62_209
    assert again.reader.view.zoom == 2
    assert (again.width(), again.height()) == (760, 560)
    assert again.splitter.sizes()[0] == 250
    assert again.reader.splitter.sizes()[0] == 200
    assert again.settings.recent_files() == [str(mine)]
    again.commands.zoom_reset.trigger()
    assert again.reader.view.zoom == 0


def test_corrupt_settings_are_shown_and_the_app_opens(qtbot) -> None:
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True)
    path.write_text("{ this is not json")
    win, ok = build_window("library", [])
    qtbot.addWidget(win)
    assert ok and win.model.rowCount() == 5
    assert "moved aside" in win.messages.text() and win.messages.kind == "warning"
    assert list(path.parent.glob("settings.json.corrupt-*"))


def test_recent_files_menu_lists_and_reopens(window: MainWindow, tmp_path: Path) -> None:
    first = copy_seed(tmp_path, "A-RES-62-209.txt", "first.txt")
    second = copy_seed(tmp_path, "A-RES-68-230.md", "second.md")
    window.open_paths([first])
    window.open_paths([second])
    menu = window.commands.recent_menu
    menu.aboutToShow.emit()
    labels = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert labels == ["&1 second.md", "&2 first.txt", "Clear Menu"]
    menu.actions()[1].trigger()  # reopen first.txt
    assert window.current is not None and window.current.path == first
    menu.actions()[-1].trigger()
    assert window.settings.recent_files() == []


def test_drag_enter_accepts_only_resolution_files(window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtGui import QDragEnterEvent

    def enter(*names: str) -> bool:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(tmp_path / n)) for n in names])
        event = QDragEnterEvent(
            QPoint(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        event.ignore()
        window.dragEnterEvent(event)
        return event.isAccepted()

    assert enter("a.txt") and enter("b.MD") and enter("c.png", "d.txt")
    assert enter("e.pdf") and enter("f.docx")
    assert not enter("c.png") and not enter("archive.zip")


def test_unreadable_library_files_are_reported_and_the_rest_listed(qtbot) -> None:
    folder = user_library_dir()
    folder.mkdir(parents=True)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02" * 500)
    copy_seed(folder, "A-RES-62-209.txt", "A-RES-62-209-copy.txt")
    win, ok = build_window("library", [])
    qtbot.addWidget(win)
    assert ok and win.model.rowCount() == 6
    assert win.messages.isVisibleTo(win) and "broken.txt" in win.messages.text()
    assert win.messages.kind == "error"


def _open_bad(window: MainWindow, tmp_path: Path) -> Path:
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    assert window.open_paths([bad]) is False
    assert window.messages.isVisible() and "empty.txt" in window.messages.text()
    return bad


def test_a_later_good_open_clears_an_earlier_files_error(
    window: MainWindow, tmp_path: Path
) -> None:
    _open_bad(window, tmp_path)
    assert window.open_paths([copy_seed(tmp_path, "A-RES-68-230.md", "good.md")])
    assert not window.messages.isVisible()


def test_choosing_another_library_entry_clears_an_earlier_files_error(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    _open_bad(window, tmp_path)
    view = window.library_panel.view
    row = shown_symbols(window).index("A/RES/62/209")
    index = window.library_panel.proxy.index(row, 1)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )
    assert window.windowTitle() == TITLE_62_209
    assert not window.messages.isVisible()


def test_a_comparison_clears_an_earlier_files_error(window: MainWindow, tmp_path: Path) -> None:
    _open_bad(window, tmp_path)
    window.show_comparison(window.library.by_symbol("60/212"), window.library.by_symbol("62/209"))
    assert not window.messages.isVisible()


def test_an_opens_own_failure_stays_and_warnings_stay(window: MainWindow, tmp_path: Path) -> None:
    bad = _open_bad(window, tmp_path)
    good = copy_seed(tmp_path, "A-RES-68-230.md", "good.md")
    assert window.open_paths([bad, good]) is False  # one of this open's own files failed
    assert window.messages.isVisible() and "empty.txt" in window.messages.text()
    window.show_error("Your settings file could not be read; it was moved aside", "warning")
    assert window.open_names(["62/209"])
    assert window.messages.isVisible() and "moved aside" in window.messages.text()


def test_a_filter_with_no_match_says_so(window: MainWindow, qtbot) -> None:
    panel = window.library_panel
    qtbot.keyClicks(panel.filter, "zzz")
    assert shown_symbols(window) == []
    assert panel.empty_label.isVisible()
    assert panel.empty_label.text() == "No resolution matches “zzz”"
    qtbot.keyClick(panel.filter, Qt.Key.Key_Backspace)
    assert panel.empty_label.text() == "No resolution matches “zz”"
    panel.filter.clear()
    assert len(shown_symbols(window)) == 5
    assert not panel.empty_label.isVisible()

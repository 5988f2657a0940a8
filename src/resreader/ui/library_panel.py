"""The left panel: a filter box over the library list (symbol, title, adopted)."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from resreader.library import Entry
from resreader.ui.library_model import EntryRole, LibraryFilter, LibraryModel

TITLE_COLUMN = 1
PADDING = 8  # the style's text margins in a cell, both sides


class WrappingTitles(QStyledItemDelegate):
    """Rows as tall as the title wrapped to its column: QTreeView asks a size hint without
    the column's width, so a wrapped title would otherwise be cut to one line."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.column() != TITLE_COLUMN:
            return hint
        width = max(self.view.columnWidth(TITLE_COLUMN) - PADDING, 1)
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, str(index.data() or "")
        )
        return QSize(hint.width(), max(hint.height(), box.height() + 4))


class LibraryPanel(QWidget):
    entryChosen = Signal(object)  # the Entry that became current (click, keys)
    selectionChanged = Signal()

    def __init__(self, model: LibraryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(model)
        self.filter = QLineEdit(
            placeholderText="Filter by symbol or title", clearButtonEnabled=True
        )
        self.filter.setObjectName("libraryFilter")
        self.filter.textChanged.connect(self._filter_changed)
        self.view = self._make_view()
        # An empty table alone reads as "the library is empty": say the filter hides all.
        self.empty_label = QLabel(self, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setObjectName("libraryNoMatch")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setEnabled(False)  # drawn in the palette's quieter text colour
        self.empty_label.hide()
        for signal in (
            self.proxy.rowsInserted,
            self.proxy.rowsRemoved,
            self.proxy.modelReset,
            self.proxy.layoutChanged,
        ):
            signal.connect(self._update_empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)

    def _filter_changed(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._update_empty()

    def _update_empty(self, *_args: object) -> None:
        text = self.filter.text().strip()
        self.empty_label.setText(f"No resolution matches “{text}”")
        self.empty_label.setVisible(bool(self.filter.text()) and self.proxy.rowCount() == 0)

    def _make_view(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("libraryView")
        view.setModel(self.proxy)
        view.setRootIsDecorated(False)
        # Titles wrap in the title column (rows grow to fit): "South-South co…" read the same
        # for four seeds. A word too long for a line is elided in the middle; the tooltip
        # always holds the whole title.
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setItemDelegate(WrappingTitles(view))
        view.setAlternatingRowColors(True)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSortingEnabled(True)
        view.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = view.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.sectionResized.connect(lambda *_: view.doItemsLayout())  # re-wrap to the width
        view.selectionModel().currentRowChanged.connect(self._on_current)
        view.selectionModel().selectionChanged.connect(self._on_current)
        view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        return view

    def selected_entries(self) -> list[Entry]:
        rows = self.view.selectionModel().selectedRows()
        entries = [self.proxy.data(i, EntryRole) for i in sorted(rows, key=QModelIndex.row)]
        return [e for e in entries if isinstance(e, Entry)]

    def select_entries(self, entries: list[Entry], current: Entry | None = None) -> None:
        """Select exactly these entries (clearing the filter if it hides one)."""
        indexes = [self._proxy_index(e) for e in entries]
        if any(not i.isValid() for i in indexes):
            self.filter.clear()
            indexes = [self._proxy_index(e) for e in entries]
        selection = QItemSelection()
        for index in indexes:
            if index.isValid():
                selection.select(index, index)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        model = self.view.selectionModel()
        chosen = self._proxy_index(current) if current else QModelIndex()
        if chosen.isValid():
            self.view.blockSignals(True)
            model.blockSignals(True)
            model.setCurrentIndex(chosen, QItemSelectionModel.SelectionFlag.NoUpdate)
            model.blockSignals(False)
            self.view.blockSignals(False)
            self.view.scrollTo(chosen)
        model.select(selection, flags)

    def _proxy_index(self, entry: Entry | None) -> QModelIndex:
        row = self.model.row_of(entry) if entry else -1
        return self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()

    def _on_current(self, *_args: object) -> None:
        # Only a chosen row opens: focus alone makes the first row current, unselected;
        # a click makes the row current first and selects it just after.
        current = self.view.currentIndex()
        if not current.isValid() or not self.view.selectionModel().isSelected(current):
            return
        entry = self.proxy.data(current, EntryRole)
        if isinstance(entry, Entry):
            self.entryChosen.emit(entry)  # the window ignores the entry it already shows

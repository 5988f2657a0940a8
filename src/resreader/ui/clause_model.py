"""The clause tree: one item model over a parsed Resolution.

Preamble › pp1…, Operative › 1 › (a) › (i), Annexes › annex › paragraphs, Footnotes,
References. A small node tree mirrors the resolution once (the model's internal pointers
must be stable objects); the Resolution stays the source of truth for the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from resreader.model import Paragraph, Resolution, SubParagraph
from resreader.safe_text import display_text
from resreader.ui.headers import column_title
from resreader.ui.highlight_marks import Marks, inherited, note_tooltip

ModelIndex = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()  # the default parent: the invisible root

ClauseIdRole = Qt.ItemDataRole.UserRole + 1  # "op7(c)", "pp2", "fn3", "annex1"; "" for groups
KindRole = Qt.ItemDataRole.UserRole + 2  # "group" | "clause" | "annex" | "footnote" | "reference"
NumberRole = Qt.ItemDataRole.UserRole + 3  # "7", "(c)", "pp2", "3"
LeadRole = Qt.ItemDataRole.UserRole + 4  # "Takes note with appreciation" or ""
TargetRole = Qt.ItemDataRole.UserRole + 5  # a reference's target, "58/220"
TextRole = Qt.ItemDataRole.UserRole + 6  # the whole text of the clause
HighlightRole = Qt.ItemDataRole.UserRole + 7  # "yellow": its own or its paragraph's; "" if none
NoteRole = Qt.ItemDataRole.UserRole + 8  # the note of its own highlight, or ""

SNIPPET = 60  # characters of text shown after the number


@dataclass(eq=False)
class Node:
    kind: str
    number: str
    text: str
    clause_id: str | None = None
    lead: str | None = None
    target: str | None = None
    parent: Node | None = None
    row: int = 0  # position among the parent's children
    children: list[Node] = field(default_factory=list)

    def add(self, child: Node) -> Node:
        child.parent, child.row = self, len(self.children)
        self.children.append(child)
        return child

    @property
    def label(self) -> str:
        return f"{self.number}  {_snippet(self.text)}".strip()


def build_tree(res: Resolution) -> Node:
    root = Node("root", "", "")
    if res.preamble:
        group = root.add(Node("group", "Preamble", ""))
        for para in res.preamble:
            _add_paragraph(group, para)
    if res.operative:
        group = root.add(Node("group", "Operative", ""))
        for para in res.operative:
            _add_paragraph(group, para)
    if res.annexes:
        group = root.add(Node("group", "Annexes", ""))
        for n, annex in enumerate(res.annexes, 1):
            node = group.add(
                Node(
                    "annex",
                    f"Annex {n}" if len(res.annexes) > 1 else "Annex",
                    annex.title or "",
                    annex.id,
                )
            )
            for para in annex.paragraphs:
                _add_paragraph(node, para)
    if res.footnotes:
        group = root.add(Node("group", "Footnotes", ""))
        for note in res.footnotes:
            group.add(Node("footnote", note.num, note.text, f"fn{note.num}"))
    if res.references:
        group = root.add(Node("group", "References", ""))
        for ref in res.references:
            text = f"{ref.kind} {ref.target}" + (f" of {ref.date}" if ref.date else "")
            group.add(Node("reference", "", text, target=ref.target))
    return root


def _add_paragraph(parent: Node, clause: Paragraph | SubParagraph) -> None:
    lead = clause.lead if isinstance(clause, Paragraph) else None
    number = clause.num if clause.num is not None else clause.id
    node = parent.add(Node("clause", number, clause.text, clause.id, lead))
    for sub in clause.subparagraphs:
        _add_paragraph(node, sub)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"


class ClauseModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.resolution: Resolution | None = None
        self._root = Node("root", "", "")
        self._by_id: dict[str, Node] = {}
        self._marks: Marks = {}

    def set_resolution(self, res: Resolution | None, marks: Marks | None = None) -> None:
        self.beginResetModel()
        self.resolution = res
        self._root = build_tree(res) if res else Node("root", "", "")
        self._by_id = {n.clause_id: n for n in _walk(self._root) if n.clause_id}
        self._marks = dict(marks or {})
        self.endResetModel()

    def set_highlights(self, marks: Marks) -> None:
        """Show these highlights; only the rows whose look changed are repainted."""
        old, self._marks = self._marks, dict(marks)
        for cid, node in self._by_id.items():
            if node.kind == "clause" and inherited(old, cid) != inherited(self._marks, cid):
                index = self.createIndex(node.row, 0, node)
                self.dataChanged.emit(
                    index, index, [HighlightRole, NoteRole, Qt.ItemDataRole.ToolTipRole]
                )

    def index_for(self, clause_id: str) -> QModelIndex:
        node = self._by_id.get(clause_id)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    # -- the QAbstractItemModel interface --
    def index(self, row: int, column: int, parent: ModelIndex = NO_PARENT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._node(parent).children[row])

    def parent(self, index: ModelIndex = NO_PARENT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        up = self._node(index).parent
        if up is None or up is self._root:
            return QModelIndex()
        return self.createIndex(up.row, 0, up)

    def rowCount(self, parent: ModelIndex = NO_PARENT) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: ModelIndex = NO_PARENT) -> int:
        return 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        node = self._node(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self._highlight_data(node, role)
            return display_text(tip) if tip else tip
        if role in (HighlightRole, NoteRole):
            return self._highlight_data(node, role)
        roles = {
            Qt.ItemDataRole.DisplayRole: display_text(node.label),
            # Custom roles are never None: PySide6 6.12 under-counts None's references when
            # an empty QVariant comes back to Python, and Python 3.11 aborts when it hits 0.
            ClauseIdRole: node.clause_id or "",
            KindRole: node.kind,
            NumberRole: node.number,
            LeadRole: node.lead or "",
            TargetRole: node.target or "",
            TextRole: node.text,
        }
        return roles.get(role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return column_title(("Clauses",), section, orientation, role)

    def _highlight_data(self, node: Node, role: int) -> str | None:
        mark = (
            inherited(self._marks, node.clause_id)
            if node.kind == "clause" and node.clause_id
            else None
        )
        own = self._marks.get(node.clause_id or "")
        if role == HighlightRole:
            return mark.colour if mark else ""
        if role == NoteRole:
            return own.note if own and node.kind == "clause" else ""
        if own and own.note and node.kind == "clause":
            return note_tooltip(own.note, node.text)
        # Always rich text, escaped: Qt would take a clause quoting "<b>" for markup.
        return note_tooltip("", node.text) if node.text else None

    def _node(self, index: ModelIndex) -> Node:
        return index.internalPointer() if index.isValid() else self._root


def _walk(node: Node) -> list[Node]:
    out: list[Node] = []
    for child in node.children:
        out.append(child)
        out.extend(_walk(child))
    return out

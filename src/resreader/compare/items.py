"""The comparable view of a clause or footnote: tokens once, keys once.

`key` decides "same text" (it covers the sub-paragraphs, and the footnotes' content
unless footnotes are ignored); `seq` is what similarity is measured on: the words of the
clause followed by its sub-paragraphs' words. Punctuation is left out of `seq` because
shared commas and full stops say nothing about two clauses being one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from resreader.compare.tokens import Options, Tokens, normalise, tokenize
from resreader.model import Footnote, Paragraph, Resolution, SubParagraph

Clause = Paragraph | SubParagraph


@dataclass(slots=True)
class Item:
    id: str
    place: str  # equal places + equal keys = "same"; otherwise "renumbered"
    key: str
    tokens: Tokens  # the clause's own text
    options: Options
    lead: str | None = None  # the lead as printed
    notes: tuple[str, ...] = ()  # normalised footnote texts (empty when ignored)
    subs: list[Item] = field(default_factory=list)

    @property
    def seq(self) -> tuple[str, ...]:
        """The words of the clause and of its sub-paragraphs (built on demand: most clauses
        match exactly and never need it)."""
        if not self.subs:
            return self.tokens.words
        return self.tokens.words + tuple(k for s in self.subs for k in s.seq)

    def lead_key(self) -> str | None:
        return normalise(self.lead, self.options) if self.lead else None


def clause_items(
    clauses: list[Paragraph] | list[SubParagraph], res: Resolution, options: Options
) -> list[Item]:
    notes = (
        {}
        if options.ignore_footnotes
        else {note.num: normalise(note.text, options) for note in res.footnotes}
    )
    return [clause_item(clause, notes, options) for clause in clauses]


def clause_item(clause: Clause, notes_by_num: dict[str, str], options: Options) -> Item:
    """`notes_by_num`: normalised footnote texts, empty when footnotes are ignored."""
    tokens = tokenize(clause.text, options)
    subs = [clause_item(sub, notes_by_num, options) for sub in clause.subparagraphs]
    notes = (
        ()
        if options.ignore_footnotes
        else tuple(notes_by_num.get(num, f"?{num}") for num in clause.footnotes)
    )
    key = "\x1e".join([tokens.exact, *notes, *(f"\x1d{s.key}" for s in subs)])
    place = clause.num if isinstance(clause, SubParagraph) else clause.id
    lead = clause.lead if isinstance(clause, Paragraph) else None
    return Item(clause.id, place or clause.id, key, tokens, options, lead, notes, subs)


def footnote_item(note: Footnote, options: Options) -> Item:
    tokens = tokenize(note.text, options)
    return Item(note.num, note.num, tokens.exact, tokens, options)

"""The command line: `resreader [open X | compare A B]` starts the GUI; `parse`, `diff` and
`export` work headless. Bad input is one line on stderr naming the file, exit status 2."""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from resreader import __version__
from resreader.errors import ResreaderError
from resreader.library import load, resolve
from resreader.model import Resolution

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        status: int = args.run(args)
        return status
    except ResreaderError as err:
        _complain(str(err))
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `resreader parse … | head`
        return 0


DESCRIPTION = """\
Read, compare and quote United Nations resolutions.

With no command, resreader opens the reader window on your library.

  resreader open FILE...      read documents in the window
  resreader compare A B       compare two documents side by side in the window
  resreader parse FILE...     print a document's outline, with its clause ids
  resreader diff A B          print what changed from A to B, clause by clause
  resreader export FILE --clauses pp3,op12
                              print clauses with their citations, to quote them

FILE, A and B may each be a PDF, a Word document (.docx), a text file (.txt or
.md), or the symbol of a resolution in the library, like 62/209 or A/RES/62/209.
Bad input gives one line on stderr and exit status 2.
Run "resreader COMMAND --help" for a command's options."""

DOCUMENT = "a PDF, .docx, .txt or .md file, or a library symbol like 62/209"
CLAUSE_IDS = (
    "comma-separated clause ids: pp3 is the third preambular paragraph, op12 "
    'operative paragraph 12, op7(c) sub-paragraph (c) of op7; run "resreader '
    'parse FILE" to see the ids'
)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="resreader",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"resreader {__version__}")
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a PNG of the window, exit")
    parser.set_defaults(run=_run_gui, files=[])
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    cmd = _command(sub, "parse", "print each document's outline (with its clause ids) or JSON")
    cmd.add_argument("files", nargs="+", metavar="FILE", help=DOCUMENT)
    cmd.add_argument("--json", action="store_true", help="print the JSON model")
    cmd.set_defaults(run=_run_parse)

    cmd = _command(sub, "diff", "compare two resolutions clause by clause")
    _add_pair(cmd)
    cmd.add_argument(
        "--format",
        choices=["text", "json", "html"],
        default="text",
        help="text (the default), json (the comparison as data) or html "
        "(a page to open in a browser)",
    )
    _add_compare_options(cmd)
    cmd.set_defaults(run=_run_diff)

    cmd = _command(sub, "export", "print clauses with their citations")
    cmd.add_argument("files", nargs=1, metavar="FILE", help=DOCUMENT)
    cmd.add_argument("--clauses", required=True, metavar="IDS", help=CLAUSE_IDS)
    cmd.add_argument(
        "--format",
        choices=["text", "markdown", "html"],
        default="text",
        help="text (the default), markdown, or html to paste into a word processor",
    )
    cmd.set_defaults(run=_run_export)

    for name, text in (
        ("open", "open documents in the reader (the first one shown)"),
        ("compare", "open the window on a comparison of A with B"),
    ):
        cmd = _command(sub, name, text)
        if name == "open":
            cmd.add_argument("files", nargs="+", metavar="FILE", help=DOCUMENT)
        else:
            _add_pair(cmd)
        # SUPPRESS: given before the command ("--screenshot OUT open F"), it is not reset here
        cmd.add_argument(
            "--screenshot",
            metavar="OUT.png",
            default=argparse.SUPPRESS,
            help="save a PNG of the window, exit",
        )
        cmd.set_defaults(run=_run_gui)
    for name in ("diff", "compare"):
        _show_b_as_required(sub.choices[name])
    return parser


def _command(sub: Any, name: str, text: str) -> argparse.ArgumentParser:
    cmd: argparse.ArgumentParser = sub.add_parser(
        name, help=text, description=text[0].upper() + text[1:] + "."
    )
    return cmd


def _add_pair(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("first", metavar="A", help=f"the earlier document: {DOCUMENT}")
    cmd.add_argument(
        "files",
        metavar="B",
        nargs="?",
        action=_SecondDocument,
        help="the later document, in any of the same forms",
    )


def _show_b_as_required(cmd: argparse.ArgumentParser) -> None:
    # B is nargs="?" only so that _SecondDocument can say it is missing; show it as required
    cmd.usage = cmd.format_usage().removeprefix("usage: ").replace("[B]", "B").rstrip()


class _SecondDocument(argparse.Action):
    """B of a pair: stores [A, B] in `files`, or stops with a word when B was not given."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        if values is None:
            command = parser.prog.split()[-1]
            parser.error(
                f"{command} needs two documents (A and B), only one given: {namespace.first}"
            )
        namespace.files = [namespace.first, values]


def _add_compare_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument(
        "--ignore-case",
        action="store_true",
        help="do not count a change of capitals alone (Member/member)",
    )
    cmd.add_argument(
        "--ignore-punctuation",
        action="store_true",
        help="do not count a change of punctuation alone (a comma, a dash)",
    )
    cmd.add_argument(
        "--keep-footnotes",
        action="store_true",
        help="count footnote markers too (by default they are ignored)",
    )


def _load_named(name: str) -> Resolution:
    return load(resolve(name))


def _run_parse(args: argparse.Namespace) -> int:
    status, docs = 0, []
    for name in args.files:
        try:
            res = _load_named(name)
        except ResreaderError as err:
            _complain(str(err))
            status = EXIT_BAD_INPUT
            continue
        docs.append(res.to_dict() if args.json else None)
        if not args.json:
            print(outline(res))
        else:  # the JSON holds them too, but a reader of the terminal should see them
            for warning in res.warnings:
                _complain(f"{name}: warning: {warning}")
    if args.json and docs:
        payload = docs[0] if len(args.files) == 1 else docs
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    return status


def _run_diff(args: argparse.Namespace) -> int:
    from resreader.compare import compare
    from resreader.compare.report import as_html, as_text

    a, b = (_load_named(name) for name in args.files)
    cmp = compare(
        a,
        b,
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_footnotes=not args.keep_footnotes,
    )
    render: dict[str, Callable[[], str]] = {
        "json": lambda: json.dumps(cmp.to_dict(), ensure_ascii=False, indent=2),
        "html": lambda: as_html(cmp),
        "text": lambda: as_text(cmp),
    }
    print(render[args.format]())
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from resreader.export import all_clauses, export_clauses

    res = _load_named(args.files[0])
    ids = [part.strip() for part in args.clauses.split(",") if part.strip()]
    known = [clause.id for clause in all_clauses(res)]
    unknown = [cid for cid in dict.fromkeys(ids) if cid not in known]
    if unknown:
        raise ResreaderError(_unknown_ids(unknown, known, args.files[0]), res.label)
    print(export_clauses(res, ids, args.format))
    return 0


def _unknown_ids(unknown: list[str], known: list[str], name: str) -> str:
    """One line naming the ids not found, with the nearest real ones."""
    noun = "clause id" if len(unknown) == 1 else "clause ids"
    message = f"no {noun} {', '.join(unknown)} in this resolution"
    guesses = {cid: _nearest_ids(cid, known) for cid in unknown}
    if len(unknown) == 1 and guesses[unknown[0]]:
        return f"{message}; did you mean {' or '.join(guesses[unknown[0]])}?"
    found = [f"{' or '.join(near)} for {cid}" for cid, near in guesses.items() if near]
    if found:
        message += f"; did you mean {', '.join(found)}?"
    if len(found) < len(unknown):
        message += f' (run "resreader parse {name}" to see the ids)'
    return message


_ID_FORM = re.compile(r"(op|pp|para|p)?(\d+)((?:\(?(?:[a-z]+|\d+)\)?)*)")
_ID_PART = re.compile(r"\(?([a-z]+|\d+)\)?")


def _nearest_ids(asked: str, known: list[str]) -> list[str]:
    """Ids `asked` was likely meant as: "12" → op12 (or pp12), "7c" → op7(c), else look-alikes.

    A sub-paragraph the paragraph lacks falls back to the paragraph ("7c" → op7)."""
    key = re.sub(r"[\s.]", "", asked.lower())
    form = _ID_FORM.fullmatch(key)
    if form:
        kinds = {"pp": ["pp"], None: ["op", "pp"]}.get(form[1], ["op"])
        parts = [f"({part})" for part in _ID_PART.findall(form[3])]
        for depth in range(len(parts), -1, -1):
            tail = "".join(parts[:depth])
            near = [f"{kind}{form[2]}{tail}" for kind in kinds]
            if hits := [cid for cid in near if cid in known]:
                return hits
        if closest := _closest_number(int(form[2]), kinds, known):
            return [closest]
    return difflib.get_close_matches(key, known, n=2, cutoff=0.6)


def _closest_number(num: int, kinds: list[str], known: list[str]) -> str | None:
    """The paragraph of the first kind that has any whose number is closest to `num`."""
    for kind in kinds:
        numbered = [
            (int(cid[len(kind) :]), cid) for cid in known if re.fullmatch(rf"{kind}\d+", cid)
        ]
        if numbered:
            return min(numbered, key=lambda pair: abs(pair[0] - num))[1]
    return None


def _run_gui(args: argparse.Namespace) -> int:
    from resreader.ui.app import run_gui

    return run_gui(
        mode=args.command or "library", names=list(args.files), screenshot=args.screenshot
    )


def outline(res: Resolution) -> str:
    """A readable outline: metadata, then one line per clause."""
    head = [f"{res.symbol or '(no symbol)'}  {res.title or ''}".rstrip()]
    facts = [
        ("body", res.body),
        ("adopted", res.adopted),
        ("meeting", res.meeting),
        ("agenda item", res.agenda_item),
        ("report", res.report),
    ]
    head += [f"  {key}: {value}" for key, value in facts if value]
    lines = head + [
        f"  preamble: {len(res.preamble)} paragraphs, operative: "
        f"{len(res.operative)}, footnotes: {len(res.footnotes)}"
    ]
    for clause in res.clauses():
        depth = clause.id.count("(")
        lines.append(f"{'    ' * (depth + 1)}{clause.id:<10} {_shorten(clause.text, 70)}")
    for annex in res.annexes:
        lines.append(f"  {annex.id}: {annex.title or ''} ({len(annex.paragraphs)} paragraphs)")
    lines += [f"  footnote {f.num}: {_shorten(f.text, 70)}" for f in res.footnotes]
    if res.warnings:
        lines.append(f"  warnings ({len(res.warnings)}): the text may be mis-typed here")
        lines += [f"    ! {w}" for w in res.warnings]
    return "\n".join(lines)


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _complain(message: str) -> None:
    print(f"resreader: {message}", file=sys.stderr)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

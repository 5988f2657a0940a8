"""The command line: `resreader [open X | compare A B]` starts the GUI; `parse`, `diff` and
`export` work headless. Bad input is one line on stderr naming the file, exit status 2."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable

from resreader import __version__
from resreader.errors import ResreaderError
from resreader.library import load, resolve
from resreader.model import Resolution

EXIT_BAD_INPUT = 2


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except ResreaderError as err:
        _complain(str(err))
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # `resreader parse … | head`
        return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="resreader", description=__doc__)
    parser.add_argument("--version", action="version", version=f"resreader {__version__}")
    parser.add_argument("--screenshot", metavar="OUT.png", help="save a PNG of the window, exit")
    parser.set_defaults(run=_run_gui, files=[])
    sub = parser.add_subparsers(dest="command")

    cmd = sub.add_parser("parse", help="parse resolutions and print an outline or JSON")
    cmd.add_argument("files", nargs="+", metavar="FILE|SYMBOL")
    cmd.add_argument("--json", action="store_true", help="print the JSON model")
    cmd.set_defaults(run=_run_parse)

    cmd = sub.add_parser("diff", help="compare two resolutions clause by clause")
    cmd.add_argument("files", nargs=2, metavar="FILE|SYMBOL")
    cmd.add_argument("--format", choices=["text", "json", "html"], default="text")
    _add_compare_options(cmd)
    cmd.set_defaults(run=_run_diff)

    cmd = sub.add_parser("export", help="print clauses with their citations")
    cmd.add_argument("files", nargs=1, metavar="FILE|SYMBOL")
    cmd.add_argument("--clauses", required=True, help="clause ids, e.g. op12,pp6,op7(c)")
    cmd.add_argument("--format", choices=["text", "markdown", "html"], default="text")
    cmd.set_defaults(run=_run_export)

    for name, count, text in (("open", "+", "open resolutions in the reader (the first shown)"),
                              ("compare", 2, "open the window on a comparison")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("files", nargs=count, metavar="FILE|SYMBOL")
        # SUPPRESS: given before the command ("--screenshot OUT open F"), it is not reset here
        cmd.add_argument("--screenshot", metavar="OUT.png", default=argparse.SUPPRESS,
                         help="save a PNG of the window, exit")
        cmd.set_defaults(run=_run_gui)
    return parser


def _add_compare_options(cmd: argparse.ArgumentParser) -> None:
    cmd.add_argument("--ignore-case", action="store_true")
    cmd.add_argument("--ignore-punctuation", action="store_true")
    cmd.add_argument("--keep-footnotes", action="store_true",
                     help="do not ignore footnote markers")


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
    cmp = compare(a, b, ignore_case=args.ignore_case,
                  ignore_punctuation=args.ignore_punctuation,
                  ignore_footnotes=not args.keep_footnotes)
    render: dict[str, Callable[[], str]] = {
        "json": lambda: json.dumps(cmp.to_dict(), ensure_ascii=False, indent=2),
        "html": lambda: as_html(cmp),
        "text": lambda: as_text(cmp),
    }
    print(render[args.format]())
    return 0


def _run_export(args: argparse.Namespace) -> int:
    from resreader.export import export_clauses

    res = _load_named(args.files[0])
    ids = [part.strip() for part in args.clauses.split(",") if part.strip()]
    print(export_clauses(res, ids, args.format))
    return 0


def _run_gui(args: argparse.Namespace) -> int:
    from resreader.ui.app import run_gui

    return run_gui(mode=args.command or "library", names=list(args.files),
                   screenshot=args.screenshot)


def outline(res: Resolution) -> str:
    """A readable outline: metadata, then one line per clause."""
    head = [f"{res.symbol or '(no symbol)'}  {res.title or ''}".rstrip()]
    facts = [("body", res.body), ("adopted", res.adopted), ("meeting", res.meeting),
             ("agenda item", res.agenda_item), ("report", res.report)]
    head += [f"  {key}: {value}" for key, value in facts if value]
    lines = head + [f"  preamble: {len(res.preamble)} paragraphs, operative: "
                    f"{len(res.operative)}, footnotes: {len(res.footnotes)}"]
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

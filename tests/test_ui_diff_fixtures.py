"""Hand-made resolutions and the comparison the engine should give for them.

Shared by the diff view tests (imported by module name; pytest finds no tests here).
"""

from __future__ import annotations

from resreader.compare.result import Comparison, Pair
from resreader.model import Paragraph, Resolution, SubParagraph


def para(
    pid: str,
    text: str,
    lead: str | None = None,
    subs: list[SubParagraph] | None = None,
) -> Paragraph:
    num = pid[2:] if pid.startswith("op") else None
    return Paragraph(id=pid, num=num, lead=lead, text=text, subparagraphs=subs or [])


def resolution_a() -> Resolution:
    return Resolution(
        symbol="A/RES/1/10",
        title="Sample cooperation",
        preamble=[
            para("pp1", "Recalling its resolution 58/220 of 23 December 2003,", "Recalling"),
            para("pp2", "Stressing the fourteenth session of the Committee,", "Stressing"),
        ],
        operative=[
            para(
                "op1",
                "Calls upon Member States to support <script>alert(1)</script> "
                "South-South cooperation;",
                "Calls upon",
            ),
            para("op2", "Takes note of the report of the Secretary-General;", "Takes note"),
            para("op3", "Decides to convene a conference;", "Decides"),
            para(
                "op4",
                "Requests the following:",
                "Requests",
                [
                    SubParagraph("op4(a)", "(a)", "a report on trade;"),
                    SubParagraph("op4(b)", "(b)", "a report on investment;"),
                ],
            ),
            para("op5", "Urges the funds and programmes to act;", "Urges"),
        ],
    )


def resolution_b() -> Resolution:
    return Resolution(
        symbol="A/RES/2/20",
        title="Sample cooperation, revised",
        preamble=[
            para("pp1", "Recalling its resolution 58/220 of 23 December 2003,", "Recalling"),
            para("pp2", "Stressing the fifteenth session of the Committee,", "Stressing"),
            para("pp3", "Welcoming the outcome of the Nairobi conference,", "Welcoming"),
        ],
        operative=[
            para(
                "op1",
                "Encourages Member States to support <script>alert(1)</script> "
                "South-South cooperation;",
                "Encourages",
            ),
            para("op2", "Urges the funds and programmes to act;", "Urges"),
            para("op3", "Takes note of the report of the Secretary-General;", "Takes note"),
            para(
                "op4",
                "Requests the following:",
                "Requests",
                [
                    SubParagraph("op4(a)", "(a)", "a report on trade and finance;"),
                    SubParagraph("op4(b)", "(b)", "a report on technology;"),
                ],
            ),
        ],
    )


def comparison(options: dict[str, bool] | None = None) -> Comparison:
    """What the engine answers for resolution_a() against resolution_b()."""
    pairs = [
        Pair(
            "same",
            "pp1",
            "pp1",
            1.0,
            [("equal", "Recalling its resolution 58/220 of 23 December 2003,")],
        ),
        Pair(
            "changed",
            "pp2",
            "pp2",
            0.9,
            [
                ("equal", "Stressing the "),
                ("delete", "fourteenth"),
                ("insert", "fifteenth"),
                ("equal", " session of the Committee,"),
            ],
        ),
        Pair("added", None, "pp3", 0.0),
        Pair(
            "changed",
            "op1",
            "op1",
            0.85,
            [
                ("delete", "Calls upon"),
                ("insert", "Encourages"),
                (
                    "equal",
                    " Member States to support <script>alert(1)</script> South-South cooperation;",
                ),
            ],
            lead_changed=True,
        ),
        Pair("moved", "op5", "op2", 1.0, [("equal", "Urges the funds and programmes to act;")]),
        Pair(
            "renumbered",
            "op2",
            "op3",
            1.0,
            [("equal", "Takes note of the report of the Secretary-General;")],
        ),
        Pair("removed", "op3", None, 0.0),
        Pair(
            "changed",
            "op4",
            "op4",
            0.8,
            [("equal", "Requests the following:")],
            subpairs=[
                Pair(
                    "changed",
                    "op4(a)",
                    "op4(a)",
                    0.8,
                    [("equal", "a report on trade"), ("insert", " and finance"), ("equal", ";")],
                ),
                Pair("removed", "op4(b)", None, 0.0),
                Pair("added", None, "op4(b)", 0.0),
            ],
        ),
    ]
    opts = options or {"ignore_case": False, "ignore_punctuation": False, "ignore_footnotes": True}
    return Comparison(resolution_a(), resolution_b(), pairs, options=dict(opts))


def fake_compare(calls: list[dict[str, bool]]):  # noqa: ANN201 -- a compare() stand-in
    """A compare() that records its options; with ignore_case it reports one pair fewer."""

    def compare(a: Resolution, b: Resolution, **options: bool) -> Comparison:
        calls.append(dict(options))
        cmp = comparison(options)
        cmp.a, cmp.b = a, b
        if options.get("ignore_case"):
            cmp.pairs = cmp.pairs[:-1]
        return cmp

    return compare


def qt_drops_none_references() -> bool:
    """True when the Qt binding loses a reference to None on each call of a void method
    (seen with PySide6 6.12.0 on Python 3.11, where None is not immortal): after enough
    calls Python aborts with "none_dealloc". Measured, not guessed from version numbers."""
    import sys

    from PySide6.QtGui import QColor

    color, before = QColor(), sys.getrefcount(None)
    for _ in range(100):
        color.setAlpha(1)
    return sys.getrefcount(None) < before - 50

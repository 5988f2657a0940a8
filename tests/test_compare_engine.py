"""compare() on hand-made resolutions: statuses, words, leads, migration, options, footnotes."""

from __future__ import annotations

from resreader.compare import compare
from resreader.compare.result import Comparison, Pair
from resreader.model import Footnote, Paragraph, Resolution, SubParagraph

OPERATIVE = [
    "Welcomes the report of the High-level Committee at its fourteenth session;",
    "Takes note of the report of the Secretary-General on South-South cooperation;",
    "Stresses that South-South cooperation offers viable opportunities for development;",
    "Encourages the international community to support triangular cooperation;",
    "Calls upon all Member States to deepen and enhance South-South cooperation;",
    "Decides to include in the provisional agenda of its next session the sub-item.",
]
PREAMBLE = [
    "Recalling its resolution 58/220 of 23 December 2003,",
    "Recalling also the 2005 World Summit Outcome,",
    "Reaffirming the Buenos Aires Plan of Action for technical cooperation,",
]


def lead_of(text: str) -> str:
    return text.split(" ")[0]


def res(pre: list[str], ops: list[str], symbol: str = "X", **extra: object) -> Resolution:
    preamble = [Paragraph(f"pp{k}", None, lead_of(t), t) for k, t in enumerate(pre, 1)]
    operative = [Paragraph(f"op{k}", str(k), lead_of(t), t) for k, t in enumerate(ops, 1)]
    return Resolution(symbol=symbol, preamble=preamble, operative=operative, **extra)


def by_a(cmp: Comparison) -> dict[str, Pair]:
    return {p.a: p for p in cmp.pairs if p.a}


def statuses(cmp: Comparison) -> list[tuple[str, str | None, str | None]]:
    return [(p.status, p.a, p.b) for p in cmp.pairs]


def test_identical_resolutions_are_all_same() -> None:
    cmp = compare(res(PREAMBLE, OPERATIVE), res(PREAMBLE, OPERATIVE))
    assert {p.status for p in cmp.pairs} == {"same"}
    assert [(p.a, p.b) for p in cmp.pairs] == [
        (c, c) for c in ["pp1", "pp2", "pp3", *[f"op{k}" for k in range(1, 7)]]
    ]
    assert cmp.pairs[0].words == [("equal", PREAMBLE[0])]
    assert cmp.summary["same"] == 9 and cmp.change_rows() == []


def test_one_deleted_paragraph_is_removed_and_the_rest_renumbered() -> None:
    cmp = compare(res([], OPERATIVE), res([], OPERATIVE[:2] + OPERATIVE[3:]))
    assert statuses(cmp) == [
        ("same", "op1", "op1"),
        ("same", "op2", "op2"),
        ("removed", "op3", None),
        ("renumbered", "op4", "op3"),
        ("renumbered", "op5", "op4"),
        ("renumbered", "op6", "op5"),
    ]
    assert cmp.pairs[2].words == [("delete", OPERATIVE[2])]
    assert cmp.summary == {
        "same": 2,
        "renumbered": 3,
        "changed": 0,
        "moved": 0,
        "added": 0,
        "removed": 1,
    }


def test_an_inserted_paragraph_is_added_in_place() -> None:
    new = "Highlights the fact that further efforts are required;"
    cmp = compare(res([], OPERATIVE), res([], [*OPERATIVE[:3], new, *OPERATIVE[3:]]))
    assert statuses(cmp)[2:5] == [
        ("same", "op3", "op3"),
        ("added", None, "op4"),
        ("renumbered", "op4", "op5"),
    ]
    assert cmp.pairs[3].words == [("insert", new)]


def test_two_swapped_paragraphs_show_one_moved() -> None:
    swapped = [OPERATIVE[0], OPERATIVE[2], OPERATIVE[1], *OPERATIVE[3:]]
    cmp = compare(res([], OPERATIVE), res([], swapped))
    pairs = by_a(cmp)
    assert sorted((pairs["op2"].status, pairs["op3"].status)) == ["moved", "renumbered"]
    assert (pairs["op2"].b, pairs["op3"].b) == ("op3", "op2")
    assert [pairs[f"op{k}"].status for k in (1, 4, 5, 6)] == ["same"] * 4
    assert [p.b for p in cmp.pairs] == [f"op{k}" for k in range(1, 7)]


def test_of_two_swapped_paragraphs_the_shorter_is_called_moved() -> None:
    short = "Decides to remain seized of the matter."
    ops = [OPERATIVE[0], short, OPERATIVE[4]]
    cmp = compare(res([], ops), res([], [OPERATIVE[0], OPERATIVE[4], short]))
    assert statuses(cmp) == [
        ("same", "op1", "op1"),
        ("renumbered", "op3", "op2"),
        ("moved", "op2", "op3"),
    ]


def test_swapping_around_a_kept_paragraph_moves_both_ends() -> None:
    swapped = [OPERATIVE[0], OPERATIVE[3], OPERATIVE[2], OPERATIVE[1], *OPERATIVE[4:]]
    cmp = compare(res([], OPERATIVE), res([], swapped))
    assert sum(p.status == "moved" for p in cmp.pairs) == 2
    assert by_a(cmp)["op1"].status == by_a(cmp)["op5"].status == "same"


def test_a_paragraph_moved_far_is_moved_and_the_others_keep_their_order() -> None:
    reordered = OPERATIVE[1:5] + [OPERATIVE[0], OPERATIVE[5]]
    cmp = compare(res([], OPERATIVE), res([], reordered))
    pairs = by_a(cmp)
    assert pairs["op1"].status == "moved" and pairs["op1"].b == "op5"
    assert [pairs[f"op{k}"].status for k in range(2, 7)] == ["renumbered"] * 4 + ["same"]


def test_display_follows_b_with_removed_rows_after_their_neighbour() -> None:
    new = "Highlights the fact that further efforts are required;"
    b_ops = [OPERATIVE[0], new, OPERATIVE[2], OPERATIVE[4], OPERATIVE[5]]
    cmp = compare(res(PREAMBLE, OPERATIVE), res(PREAMBLE[1:], b_ops))
    assert statuses(cmp) == [
        ("removed", "pp1", None),
        ("renumbered", "pp2", "pp1"),
        ("renumbered", "pp3", "pp2"),
        ("same", "op1", "op1"),
        ("removed", "op2", None),
        ("added", None, "op2"),
        ("same", "op3", "op3"),
        ("removed", "op4", None),
        ("renumbered", "op5", "op4"),
        ("renumbered", "op6", "op5"),
    ]


def test_one_edited_word_is_one_deleted_and_one_inserted_word() -> None:
    edited = OPERATIVE[0].replace("fourteenth", "fifteenth")
    cmp = compare(res([], OPERATIVE), res([], [edited, *OPERATIVE[1:]]))
    pair = cmp.pairs[0]
    assert pair.status == "changed" and (pair.a, pair.b) == ("op1", "op1")
    changes = [run for run in pair.words if run[0] != "equal"]
    assert changes == [("delete", "fourteenth"), ("insert", "fifteenth")]
    assert pair.side_text("a") == OPERATIVE[0] and pair.side_text("b") == edited
    assert 0.8 < pair.similarity < 1.0
    assert [p.status for p in cmp.pairs[1:]] == ["same"] * 5


def test_punctuation_is_its_own_token() -> None:
    edited = OPERATIVE[1].replace("cooperation;", "cooperation.")
    cmp = compare(res([], OPERATIVE), res([], [OPERATIVE[0], edited, *OPERATIVE[2:]]))
    assert [r for r in cmp.pairs[1].words if r[0] != "equal"] == [("delete", ";"), ("insert", ".")]


def test_a_changed_lead_is_flagged() -> None:
    a_text = "Calls upon all Member States to deepen and enhance South-South cooperation;"
    b_text = "Encourages all Member States to deepen and enhance South-South cooperation;"
    a = res([], [a_text])
    a.operative[0].lead = "Calls upon"
    cmp = compare(a, res([], [b_text]))
    pair = cmp.pairs[0]
    assert pair.status == "changed" and pair.lead_changed
    assert [r for r in pair.words if r[0] != "equal"] == [
        ("delete", "Calls upon"),
        ("insert", "Encourages"),
    ]
    assert pair.to_dict()["lead_changed"] is True
    unchanged = compare(res([], OPERATIVE), res([], OPERATIVE)).pairs[0]
    assert not unchanged.lead_changed and "lead_changed" not in unchanged.to_dict()


def test_text_migrating_from_operative_to_preamble_is_paired_and_flagged() -> None:
    op_text = (
        "Takes note of the initiatives contained in the Havana Programme of Action "
        "adopted by the first South Summit and the Doha Plan of Action;"
    )
    pp_text = (
        "Taking note of the initiatives contained in the Havana Programme of Action "
        "adopted by the first South Summit and the Doha Plan of Action,"
    )
    a = res(PREAMBLE, [*OPERATIVE[:3], op_text, *OPERATIVE[3:]])
    b = res([*PREAMBLE, pp_text], OPERATIVE)
    cmp = compare(a, b)
    pair = next(p for p in cmp.pairs if p.migrated)
    assert (pair.a, pair.b) == ("op4", "pp4")
    assert pair.status == "moved" and pair.lead_changed
    assert pair.to_dict()["migrated"] is True
    assert [p.b for p in cmp.pairs] == ["pp1", "pp2", "pp3", "pp4"] + [
        f"op{k}" for k in range(1, 7)
    ]


def test_migration_that_keeps_document_order_is_changed_not_moved() -> None:
    pp_text = "Stressing that South-South cooperation offers viable opportunities for development,"
    a = res([*PREAMBLE, pp_text], OPERATIVE[3:])
    b = res(PREAMBLE, [OPERATIVE[2], *OPERATIVE[3:]])
    pair = next(p for p in compare(a, b).pairs if p.migrated)
    assert (pair.a, pair.b, pair.status) == ("pp4", "op1", "changed")


def test_unrelated_paragraphs_are_not_paired() -> None:
    cmp = compare(
        res([], ["Decides to remain seized of the matter."]),
        res([], ["Welcomes the generous offer of the Government of Argentina;"]),
    )
    assert statuses(cmp) == [("removed", "op1", None), ("added", None, "op1")]


def test_ignore_case_turns_a_case_change_into_same() -> None:
    upper = OPERATIVE[2].replace("South-South", "SOUTH-SOUTH")
    a, b = res([], OPERATIVE), res([], [*OPERATIVE[:2], upper, *OPERATIVE[3:]])
    assert compare(a, b).pairs[2].status == "changed"
    relaxed = compare(a, b, ignore_case=True)
    assert relaxed.pairs[2].status == "same"
    assert relaxed.options["ignore_case"] is True


def test_ignore_punctuation_turns_a_punctuation_change_into_same() -> None:
    edited = OPERATIVE[0].replace("Committee at", "Committee, at").replace(";", ".")
    a, b = res([], OPERATIVE), res([], [edited, *OPERATIVE[1:]])
    assert compare(a, b).pairs[0].status == "changed"
    relaxed = compare(a, b, ignore_punctuation=True)
    assert relaxed.pairs[0].status == "same"
    assert relaxed.options == {
        "ignore_case": False,
        "ignore_punctuation": True,
        "ignore_footnotes": True,
    }


def test_ignore_punctuation_still_shows_word_changes_whole() -> None:
    edited = OPERATIVE[0].replace("fourteenth session;", "fifteenth session.")
    pair = compare(
        res([], OPERATIVE), res([], [edited, *OPERATIVE[1:]]), ignore_punctuation=True
    ).pairs[0]
    assert [r for r in pair.words if r[0] != "equal"] == [
        ("delete", "fourteenth"),
        ("insert", "fifteenth"),
    ]


def _with_notes(texts: dict[str, str], marks: list[str]) -> Resolution:
    notes = [Footnote(num, text) for num, text in texts.items()]
    r = res([], OPERATIVE[:2], footnotes=notes)
    r.operative[0].footnotes = marks
    return r


def test_footnotes_are_compared_by_content() -> None:
    a = _with_notes(
        {
            "1": "See resolution 60/1.",
            "2": "A/60/257.",
            "3": "Official Records, Sixtieth Session, Supplement No. 39 (A/60/39).",
        },
        ["1"],
    )
    b = _with_notes(
        {
            "1": "A/55/74, annex II.",
            "2": "See resolution 60/1.",
            "3": "Official Records, Sixty-second Session, Supplement No. 39 (A/62/39).",
        },
        ["2"],
    )
    notes = {(p.status, p.a, p.b) for p in compare(a, b).footnotes}
    assert notes == {
        ("added", None, "1"),
        ("renumbered", "1", "2"),
        ("removed", "2", None),
        ("changed", "3", "3"),
    }


def test_footnote_differences_count_only_when_not_ignored() -> None:
    a = _with_notes({"1": "See resolution 60/1."}, ["1"])
    same_note = _with_notes({"7": "See resolution 60/1."}, ["7"])
    other_note = _with_notes({"1": "See resolution 55/2."}, ["1"])
    assert compare(a, other_note).pairs[0].status == "same"
    kept = compare(a, other_note, ignore_footnotes=False).pairs[0]
    assert kept.status == "changed" and kept.footnotes_changed
    assert kept.words == [("equal", OPERATIVE[0])]
    renumbered_note = compare(a, same_note, ignore_footnotes=False).pairs[0]
    assert renumbered_note.status == "same" and not renumbered_note.footnotes_changed


def _with_subs(subs: list[str]) -> Resolution:
    r = res([], ["Requests the Secretary-General:", OPERATIVE[5]])
    para = r.operative[0]
    letters = "abcdefgh"
    para.subparagraphs = [
        SubParagraph(f"op1({letters[k]})", f"({letters[k]})", text) for k, text in enumerate(subs)
    ]
    return r


def test_sub_paragraphs_are_compared_inside_their_pair() -> None:
    subs = [
        "To report on the implementation;",
        "To consult Member States;",
        "To mobilize resources for the Special Unit;",
    ]
    edited = [subs[0], "To mobilize adequate resources for the Special Unit;"]
    cmp = compare(_with_subs(subs), _with_subs(edited))
    parent = cmp.pairs[0]
    assert parent.status == "changed" and parent.words == [
        ("equal", "Requests the Secretary-General:")
    ]
    assert [(s.status, s.a, s.b) for s in parent.subpairs] == [
        ("same", "op1(a)", "op1(a)"),
        ("removed", "op1(b)", None),
        ("changed", "op1(c)", "op1(b)"),
    ]
    assert [r for r in parent.subpairs[2].words if r[0] != "equal"] == [("insert", " adequate")]
    assert cmp.partner("a", "op1(c)") == "op1(b)"
    assert cmp.row_of("b", "op1(b)") == 0
    assert compare(_with_subs(subs), _with_subs(subs)).pairs[0].status == "same"


def test_repeated_paragraphs_pair_with_the_copy_that_keeps_the_order() -> None:
    ops = [OPERATIVE[0], OPERATIVE[1], OPERATIVE[0]]
    cmp = compare(res([], ops), res([], ops[1:]))
    assert statuses(cmp) == [
        ("removed", "op1", None),
        ("renumbered", "op2", "op1"),
        ("renumbered", "op3", "op2"),
    ]
    same_count = compare(res([], ops), res([], ops))
    assert {p.status for p in same_count.pairs} == {"same"}


def test_empty_resolutions_compare_to_nothing() -> None:
    cmp = compare(Resolution(), Resolution())
    assert cmp.pairs == [] and cmp.footnotes == []
    assert set(cmp.summary.values()) == {0}


def test_spacing_before_punctuation_is_a_change_with_no_word_marked() -> None:
    spaced = OPERATIVE[0].replace("session;", "session ;")
    pair = compare(res([], [OPERATIVE[0]]), res([], [spaced])).pairs[0]
    assert pair.status == "changed" and pair.similarity == 1.0
    assert [tag for tag, _ in pair.words] == ["equal"]
    assert pair.side_text("a") == OPERATIVE[0] and pair.side_text("b") == spaced

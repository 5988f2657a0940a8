"""Each parsing rule on a small snippet."""

from __future__ import annotations

import textwrap

import pytest

from resreader import ParseError, parse


def doc(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


BASIC = doc("""
    60/212. South-South cooperation

    The General Assembly,

    Recalling its resolution 58/220 of 23 December 2003,

    1. Welcomes the report;

    2. Decides to remain seized of the matter.
    """)


def test_metadata_from_the_heading_line() -> None:
    res = parse(BASIC)
    assert (res.symbol, res.session, res.number, res.title, res.body) == (
        "A/RES/60/212",
        60,
        "212",
        "South-South cooperation",
        "General Assembly",
    )
    assert res.adopted is None  # no date in the text: never guessed


def test_header_block_metadata() -> None:
    res = parse(
        doc("""
        United Nations A/RES/68/230
        Distr.: General 7 February 2014
        Sixty-eighth session Agenda item 24 (*b*)
        Resolution adopted by the General Assembly on 20 December 2013
        [on the report of the Second Committee (A/68/443/Add.2)]
        68/230. South-South cooperation
        The General Assembly,
        1. *Takes note* of the report;
        71st plenary meeting 20 December 2013
        """)
    )
    assert res.symbol == "A/RES/68/230"
    assert (res.adopted, res.meeting) == ("2013-12-20", "71st plenary meeting")
    assert (res.agenda_item, res.report) == ("24 (b)", "A/68/443/Add.2")


def test_meeting_and_date_on_two_lines_and_in_italics() -> None:
    res = parse(BASIC.replace("matter.", "matter.\n\n*78th plenary meeting\n19 December 2007*"))
    assert (res.meeting, res.adopted) == ("78th plenary meeting", "2007-12-19")
    assert res.operative[-1].text == "Decides to remain seized of the matter."


def test_leads_preamble_and_operative() -> None:
    res = parse(
        doc("""
        The General Assembly,

        Taking note with appreciation of the report,

        Deeply concerned about the situation,

        1. Takes note of the report;

        2. Also calls upon all States to act;

        3. *Expresses its deep concern* at the situation;
        """)
    )
    assert [p.lead for p in res.preamble] == ["Taking note with appreciation", "Deeply concerned"]
    assert [p.lead for p in res.operative] == [
        "Takes note",
        "Also calls upon",
        "Expresses its deep concern",
    ]
    assert res.operative[2].text == "Expresses its deep concern at the situation;"


def test_page_furniture_never_reaches_the_text() -> None:
    res = parse(
        doc("""
        68/230. South-South cooperation

        The General Assembly,

        1. Recognizes the need to continue to mutually enrich South-South

        A/RES/68/230 South-South cooperation
        14-12345 (E)
        *1412345*
        2/4

        cooperation based on diverse experiences;

        South-South cooperation A/RES/68/230

        2. Decides to act.

        4
        """)
    )
    assert res.operative[0].text == (
        "Recognizes the need to continue to mutually enrich "
        "South-South cooperation based on diverse experiences;"
    )
    assert [p.num for p in res.operative] == ["1", "2"]


def test_footnote_block_inside_a_paragraph() -> None:
    res = parse(
        doc("""
        The General Assembly,

         1. Invites the Programme to rename the Fund, established in resolution 50/119 of 20 December

        _______________
        1 See resolution 60/1.
        2 Official Records of the General Assembly,
        Sixtieth Session, Supplement No. 39 (A/60/39).
         1995, as the United Nations Fund,1 while maintaining its mandate;2
        """)
    )
    para = res.operative[0]
    assert para.text == (
        "Invites the Programme to rename the Fund, established in resolution "
        "50/119 of 20 December 1995, as the United Nations Fund, while "
        "maintaining its mandate;"
    )
    assert para.footnotes == ["1", "2"]
    assert [f.text for f in res.footnotes] == [
        "See resolution 60/1.",
        "Official Records of the General Assembly, Sixtieth Session, Supplement No. 39 (A/60/39).",
    ]


def test_superscript_notes_before_their_markers_and_out_of_order() -> None:
    res = parse(
        doc("""
        The General Assembly,

        ² A/68/212.

        ¹ See resolution 60/1.

        1. Takes note of the report,¹ and of the note;²
        """)
    )
    assert res.operative[0].footnotes == ["1", "2"]
    assert res.operative[0].text == "Takes note of the report, and of the note;"
    assert [f.num for f in res.footnotes] == ["1", "2"]


@pytest.mark.parametrize(
    "sentence, kept",
    [
        ("the Group of 77 and China", "the Group of 77 and China"),
        ("its resolution 57/263 of 20 December 2002", "its resolution 57/263 of 20 December 2002"),
        ("paragraph 3 of the resolution", "paragraph 3 of the resolution"),
        ("the 13 steps agreed", "the 13 steps agreed"),
        ("document A/66/717/Add.1 and", "document A/66/717/Add.1 and"),
        ("some 15,1 troops", "some 15,1 troops"),
        ("as in para. 1 of it", "as in para. 1 of it"),
    ],
)
def test_real_numbers_are_not_footnote_markers(sentence: str, kept: str) -> None:
    res = parse(f"The General Assembly,\n\n1. Notes {sentence};\n\n---\n1 A note.\n")
    assert res.operative[0].text == f"Notes {kept};"
    assert res.operative[0].footnotes == []


@pytest.mark.parametrize(
    "sentence, clean",
    [
        ("its fourteenth session1 and", "its fourteenth session and"),
        ("Sustainable Development,1 and", "Sustainable Development, and"),
        ("the first South Summit, 1 the Framework", "the first South Summit, the Framework"),
        ("the Convention of 19721 and", "the Convention of 1972 and"),
        ("Markdown[^1] marker", "Markdown marker"),
        ("resolution 79/45,1 and", "resolution 79/45, and"),
        ("the Paris Principles. 1 We", "the Paris Principles. We"),
        ("the 2022 Group 1 to report", "the 2022 Group to report"),
    ],
)
def test_footnote_markers_are_removed_and_linked(sentence: str, clean: str) -> None:
    res = parse(f"The General Assembly,\n\n1. Notes {sentence};\n\n---\n1 A note.\n")
    assert res.operative[0].text == f"Notes {clean};"
    assert res.operative[0].footnotes == ["1"]


def test_hyphenated_line_break_keeps_the_hyphen() -> None:
    res = parse(
        "The General Assembly,\n\n1. Welcomes public-\nprivate partnerships in South-\n"
        "South cooperation;\n"
    )
    assert res.operative[0].text == (
        "Welcomes public-private partnerships in South-South cooperation;"
    )


def test_markdown_bullets_and_italics() -> None:
    res = parse(
        "The General Assembly,\n\n- 1. *Invites* the commissions;\n- 2. Also invites the States;\n"
    )
    assert [(p.num, p.lead, p.text) for p in res.operative] == [
        ("1", "Invites", "Invites the commissions;"),
        ("2", "Also invites", "Also invites the States;"),
    ]


def test_number_alone_on_its_line() -> None:
    res = parse("The General Assembly,\n\n1.\nWelcomes the report;\n\n2.\nDecides to act.\n")
    assert [(p.id, p.lead) for p in res.operative] == [("op1", "Welcomes"), ("op2", "Decides")]


def test_nested_subparagraphs() -> None:
    res = parse(
        doc("""
        The General Assembly,

        7. Calls upon States:

        (a) To act;

        (b) To report on:

        (i) progress;

        (ii) obstacles;

        (c) To cooperate;

        8. Decides to continue.
        """)
    )
    op7 = res.operative[0]
    assert [s.id for s in op7.subparagraphs] == ["op7(a)", "op7(b)", "op7(c)"]
    assert [s.id for s in op7.subparagraphs[1].subparagraphs] == ["op7(b)(i)", "op7(b)(ii)"]
    assert res.clause("op7(b)(ii)").text == "obstacles;"


def test_letter_i_after_h_is_a_letter() -> None:
    subs = "\n\n".join(f"({c}) Item {c};" for c in "abcdefghij")
    res = parse(f"The General Assembly,\n\n1. Decides:\n\n{subs}\n")
    assert [s.num for s in res.operative[0].subparagraphs] == [f"({c})" for c in "abcdefghij"]


def test_annex_kept_apart() -> None:
    res = parse(
        doc("""
        80/9. A Declaration

        The General Assembly

        Adopts the Declaration annexed to the present resolution.

        48th plenary meeting
        24 November 2025

        Annex
        The Declaration

        1. We, the States Members, welcome this;

        2. We recall our commitments.
        """)
    )
    assert [p.id for p in res.operative] == ["op1"]
    assert res.operative[0].lead == "Adopts"
    assert any("unnumbered" in w for w in res.warnings)
    assert [(a.title, [p.id for p in a.paragraphs]) for a in res.annexes] == [
        ("The Declaration", ["annex1-op1", "annex1-op2"])
    ]


def test_security_council_resolution() -> None:
    res = parse(
        doc("""
        Resolution 2334 (2016)

        Adopted by the Security Council at its 7853rd meeting, on 23 December 2016

        The Security Council,

        Reaffirming its relevant resolutions, including 242 (1967),

        1. Reaffirms the principle;

        2. Decides to remain seized of the matter.
        """)
    )
    assert (res.symbol, res.body, res.number) == ("S/RES/2334 (2016)", "Security Council", "2334")
    assert (res.meeting, res.adopted) == ("7853rd meeting", "2016-12-23")


def test_references_in_every_form() -> None:
    res = parse(
        doc("""
        The General Assembly,

        Recalling its resolutions 57/270 B of 23 June 2003, 60/212 of 22 December 2005 and 2200 A (XXI), and decision 17/1,

        1. Takes note of the report (A/58/413, annex) and of Security Council resolution 1325 (2000);
        """)
    )
    refs = [(r.kind, r.target, r.date) for r in res.references]
    assert refs == [
        ("resolution", "57/270 B", "2003-06-23"),
        ("resolution", "60/212", "2005-12-22"),
        ("resolution", "2200 A (XXI)", None),
        ("decision", "17/1", None),
        ("document", "A/58/413", None),
        ("resolution", "1325 (2000)", None),
    ]


def test_warnings_for_gaps_and_missing_notes() -> None:
    res = parse("The General Assembly,\n\n1. Welcomes the report;3\n\n3. Decides to act.\n")
    assert "operative numbering jumps from 1 to 3" in res.warnings
    assert "footnote marker 1 has no footnote text" not in res.warnings
    assert any(w.startswith("footnote marker") for w in res.warnings)


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"   \n\n  ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "not a text file"),
        (b"import os\n\ndef main():\n    return 1\n", "no resolution"),
    ],
)
def test_bad_input_is_a_clear_error(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as err:
        parse(data, source="input.txt")
    assert "input.txt" in str(err.value) and reason in str(err.value)


def test_marker_offsets_say_where_each_marker_stood() -> None:
    res = parse(
        "The General Assembly,\n\n1. Takes note of the report,¹ the note² and the "
        "letters;³ ⁴\n\n---\n1 A.\n2 B.\n3 C.\n4 D.\n"
    )
    para = res.operative[0]
    assert para.text == "Takes note of the report, the note and the letters;"
    spots = [para.text[:offset] for offset in para.marker_offsets]
    assert spots == [
        "Takes note of the report,",
        "Takes note of the report, the note",
        para.text,
        para.text,
    ]
    assert para.footnotes == ["1", "2", "3", "4"]


def test_references_in_footnotes_open_with_a_capital() -> None:
    res = parse(
        "The General Assembly,\n\n1. Welcomes the Plan;1\n\n---\n1 Resolution 64/293, "
        "annex; Decision 17/1.\n"
    )
    assert [(r.kind, r.target) for r in res.references] == [
        ("resolution", "64/293"),
        ("decision", "17/1"),
    ]

"""The resolution lexer: tokens join back into the input, and each construct gets its type."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pygments.lexers import get_lexer_by_name
from pygments.token import Error, Generic, Literal, Name, String, Text

from resreader.lexer import ResolutionLexer, get_lexer

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def lex(text: str) -> list[tuple[object, str]]:
    tokens = [(ttype, value) for _, ttype, value in get_lexer().get_tokens_unprocessed(text)]
    assert "".join(value for _, value in tokens) == text
    return tokens


def of_type(text: str, ttype: object) -> list[str]:
    return [value for t, value in lex(text) if t in ttype]


# -- round trip --------------------------------------------------------------------------

SNIPPETS = [
    "",
    "The General Assembly,\n",
    " 60/212. South-South cooperation \n \n",
    "Recalling its resolution 58/220 of 23 December 2003,  \n\n 1. Welcomes the report;3 \n",
    "- 1. *Takes note* of the report of the Committee,² the decisions³\n",
    "7. Requests:\n\n(a) To report;\n\n(ii) To act.\n",
    "_______________ \n1 See resolution 60/1. \n4 A/60/257. \n  6. Recognizes that\n",
    "[^3]: A/66/717/Add.1.\nsee [^3] and *Ibid.*, chap. I.\n",
    "unclosed *emphasis and ** stray (a stars * and (b\n\r\n\t\x00\u2028",
]


@pytest.mark.parametrize("text", SNIPPETS)
def test_snippets_join_back_without_error_tokens(text: str) -> None:
    tokens = lex(text)
    assert all(t is not Error for t, _ in tokens)


def test_get_tokens_keeps_the_text_when_not_stripping() -> None:
    text = "  12. Urges all States,\n\n"
    lexer = ResolutionLexer(stripnl=False, ensurenl=False)
    assert "".join(v for _, v in lexer.get_tokens(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_joins_back_without_errors(text: str) -> None:
    assert all(t is not Error for t, _ in lex(text))


RESOLUTION_ALPHABET = st.sampled_from(
    [
        "Recalling ",
        "Also ",
        "takes ",
        "note ",
        "with appreciation",
        "12.",
        "- ",
        "(a) ",
        "resolution ",
        "resolutions ",
        "58/220",
        " B",
        " of ",
        "23 December 2003",
        "A/60/257",
        ",",
        ";",
        ".",
        "\n",
        "\n\n",
        " ",
        "*",
        "¹",
        "[^2]",
        "session",
        "2",
        "and ",
        "(XXI)",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(RESOLUTION_ALPHABET, max_size=40).map("".join))
def test_resolution_like_text_joins_back_without_errors(text: str) -> None:
    assert all(t is not Error for t, _ in lex(text))


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.*")), ids=lambda p: p.name)
def test_seeds_join_back_without_errors(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert all(t is not Error for t, _ in lex(text))


# -- token types -------------------------------------------------------------------------


def test_operative_numbers_and_markdown_bullets_are_labels() -> None:
    text = "1. Welcomes the report;\n\n- 12. *Urges* all States;\n"
    assert of_type(text, Name.Label) == ["1.", "12."]


def test_numbers_inside_a_sentence_are_not_labels() -> None:
    assert of_type("at its 12. session and 3.5 per cent,\n", Name.Label) == []


def test_subparagraph_markers_are_labels() -> None:
    text = "7. Requests the Secretary-General:\n\n(a) To report;\n\n(ii) To act;\n"
    assert of_type(text, Name.Label) == ["7.", "(a)", "(ii)"]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("1. Welcomes the report", "Welcomes"),
        ("2. Takes note with appreciation of the report", "Takes note with appreciation"),
        ("3. Takes note of the report", "Takes note"),
        ("4. Also recognizes the importance", "Also recognizes"),
        ("5. Calls upon all States", "Calls upon"),
        ("6. Calls for the full implementation", "Calls for"),
        ("7. Further requests the Secretary-General", "Further requests"),
        ("8. Notes with appreciation the growing number", "Notes with appreciation"),
        ("9. Strongly urges all parties", "Strongly urges"),
        ("10. Expresses its deep appreciation to", "Expresses its deep appreciation"),
        ("11. Welcomes and encourages the efforts", "Welcomes and encourages"),
        ("12. Calls once again upon all States", "Calls once again upon"),
        ("13. Also takes note of the report", "Also takes note"),
        ("- 14. *Invites* developing countries", "*Invites*"),
        ("15. Acknowledges with satisfaction the", "Acknowledges with satisfaction"),
    ],
)
def test_operative_leads_follow_the_grammar(text: str, lead: str) -> None:
    assert of_type(text, Generic.Emph) == [lead]


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Recalling its resolution", "Recalling"),
        ("Reaffirming also its resolution", "Reaffirming also"),
        ("Taking note of the report", "Taking note"),
        ("Taking note also of the report", "Taking note also"),
        ("Noting with concern that", "Noting with concern"),
        ("Bearing in mind that", "Bearing in mind"),
        ("Taking into account the", "Taking into account"),
        ("Mindful of the need", "Mindful"),
        ("Convinced that", "Convinced"),
        ("Deeply concerned about", "Deeply concerned"),
        ("Fully aware of", "Fully aware"),
        ("Having considered the report", "Having considered"),
        ("Expressing grave alarm over", "Expressing grave alarm"),
        ("*Recalling* its resolution", "*Recalling*"),
    ],
)
def test_preambular_leads_follow_the_grammar(text: str, lead: str) -> None:
    assert of_type(text + " 58/220,\n", Generic.Emph) == [lead]


@pytest.mark.parametrize(
    "text",
    [
        "United Nations A/RES/68/230\n",
        "The General Assembly,\n",
        "During the session, it was agreed,\n",
        "Beijing Declaration and Platform for Action,\n",
    ],
)
def test_words_that_only_look_like_leads_are_text(text: str) -> None:
    assert of_type(text, Generic.Emph) == []


def test_leads_only_open_a_paragraph() -> None:
    text = (
        "Recalling further its resolution 59/250, which, inter alia, \n"
        "called on organizations and bodies,\n\n"
        "1. Decides to include, and requests the Secretary-General\nto report;\n"
    )
    assert of_type(text, Generic.Emph) == ["Recalling further", "Decides"]


def test_clause_text_opening_with_an_operative_verb_has_its_lead() -> None:
    assert of_type("Requests the Secretary-General to report;", Generic.Emph) == ["Requests"]


def test_resolution_citations() -> None:
    text = (
        "Recalling its resolutions 57/270 B of 23 June 2003, 60/212 of 22 December\n"
        "2005 and 2200 A (XXI), Security Council resolution 2334 (2016) and other\n"
        "resolutions, as well as resolution S-26/2 and its decision 77/512,\n"
    )
    assert of_type(text, Name.Tag) == [
        "57/270 B",
        "60/212",
        "2200 A (XXI)",
        "2334 (2016)",
        "S-26/2",
    ]
    assert of_type(text, Name.Other) == ["77/512"]


def test_bare_numbers_in_a_list_of_resolutions_are_citations() -> None:
    text = (
        "Reaffirming its resolutions 33/134 of 19 December 1978, in which it endorsed the\n"
        "Plan,1 46/159 of 19 December 1991 on technical cooperation,\n"
    )
    assert of_type(text, Name.Tag) == ["33/134", "46/159"]


def test_page_numbers_are_not_citations() -> None:
    assert of_type("cooperation;\n4/4\n", Name.Tag) == []


@pytest.mark.parametrize(
    "symbol",
    [
        "A/60/257",
        "A/58/413",
        "A/C.2/54/L.5",
        "S/RES/2334 (2016)",
        "A/68/443/Add.2",
        "A/AC.292/2025/INF/5/Rev.1",
        "E/CN.6/2020/1",
    ],
)
def test_document_symbols(symbol: str) -> None:
    assert of_type(f"See {symbol}, annex.\n", String.Other) == [symbol]


def test_words_with_slashes_are_not_symbols() -> None:
    assert of_type("and/or N/A/B 60/212\n", String.Other) == []


def test_dates() -> None:
    text = "held at San José from 13 to 15 January 1997, in April 2000 and on 6–12 March 1995,"
    assert of_type(text, Literal.Date) == ["15 January 1997", "April 2000", "6–12 March 1995"]


def test_a_month_alone_is_not_a_date() -> None:
    assert of_type("in May and March,", Literal.Date) == []


def test_footnote_markers() -> None:
    text = (
        "Recalling the Outcome,1 the session2 and the Summit,³ see [^4],\n"
        "1. Welcomes the report;5 \n"
    )
    assert of_type(text, Generic.Subheading) == ["1", "2", "³", "[^4]", "5"]


def test_numbers_that_only_look_like_markers_are_text() -> None:
    text = "the Group of 77, resolution 57/263, Sales No. E.78.II.A.11, COVID-19 and 2005,"
    assert of_type(text, Generic.Subheading) == []


def test_footnote_bodies_open_with_their_number() -> None:
    text = "_______________ \n2 Official Records, (A/60/39). \n[^3]: Ibid., chap. I.\n"
    assert of_type(text, Generic.Subheading) == ["2", "[^3]:"]


def test_markdown_emphasis_and_strong() -> None:
    text = "the *Official Records* and **Annex** and a lone * star and *2517700*,"
    assert of_type(text, Generic.Emph) == ["*Official Records*"]
    assert of_type(text, Generic.Strong) == ["**Annex**"]


def test_resolution_number_and_title_heading() -> None:
    tokens = lex(" 60/212. South-South cooperation \n\nThe General Assembly,\n")
    assert (Name.Tag, "60/212") in tokens
    assert (Generic.Heading, "South-South cooperation") in tokens


def test_everything_else_is_text() -> None:
    text = "The General Assembly,\n\nwhich the Assembly decided,"
    assert all(t in Text for t, _ in lex(text))


def test_lexer_is_found_by_name_and_not_by_txt_extension() -> None:
    from pygments.lexers import find_lexer_class_for_filename

    assert isinstance(get_lexer_by_name("resolution"), ResolutionLexer)
    assert isinstance(get_lexer_by_name("unres"), ResolutionLexer)
    assert find_lexer_class_for_filename("A-RES-60-212.txt") is not ResolutionLexer


def test_pygmentize_uses_the_plugin() -> None:
    seed = SEEDS / "A-RES-60-212.txt"
    code = (
        "import sys; from pygments.cmdline import main; "
        f"sys.exit(main(['pygmentize', '-l', 'resolution', '-f', 'html', {str(seed)!r}]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert '<span class="ge">Takes note with appreciation</span>' in out
    assert '<span class="nt">58/220</span>' in out


@pytest.mark.skipif(not CORPUS.is_dir(), reason="no shared corpus")
def test_corpus_joins_back_and_finds_leads() -> None:
    leads = 0
    for path in sorted(CORPUS.glob("A-RES-*")):
        tokens = lex(path.read_text(encoding="utf-8"))
        assert all(t is not Error for t, _ in tokens), path.name
        leads += sum(1 for t, _ in tokens if t is Generic.Emph)
    assert leads > 400

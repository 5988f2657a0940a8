"""A Pygments lexer for UN resolution text: raw PDF extractions, Markdown conversions, drafts.

Token types (standard Pygments types only):

- ``Name.Label``         operative numbers ("12.", "- 12.") and sub-paragraph markers ("(c)")
- ``Generic.Emph``       leads ("Recalling also", "Takes note with appreciation") and
                         Markdown ``*emphasis*``; ``Generic.Strong`` for ``**strong**``
- ``Name.Tag``           cited resolutions ("58/220", "57/270 B", "2200 A (XXI)", "2334 (2016)")
- ``Name.Other``         cited decisions ("77/512")
- ``String.Other``       document symbols ("A/60/257", "A/C.2/54/L.5", "S/RES/2334 (2016)")
- ``Literal.Date``       dates ("23 December 2003", "April 2000")
- ``Generic.Subheading`` footnote markers ("¹", "[^3]", "session2") and footnote numbers
- ``Generic.Heading``    the resolution's own "60/212. Title" line
- ``Text`` (and ``Text.Whitespace``) for everything else.

Leads are recognised from their grammar, not from a list: an optional adverb ("Also",
"Further", "Deeply" …), a verb ending in -s after an operative number, or a participle in
-ing / -ed (or one of the few adjectives the UN uses: "Mindful", "Aware" …) at the start of a
preambular paragraph, then an optional "note", "also"/"further", and "with appreciation",
"upon", "in mind", "into account" or "its deep concern" after "Expresses". As in the
official documents, a following "of" is not part of the lead (*Takes note* of the report).
"""

from __future__ import annotations

from pygments.lexer import RegexLexer, bygroups, default, include
from pygments.token import Generic, Literal, Name, String, Text, Whitespace, _TokenType

__all__ = ["ResolutionLexer", "get_lexer"]

_S = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"  # a space that may hold one line break, never a blank line
_END = r"(?![\w-])"

_MONTHS = (
    r"(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)"
)
DATE = (
    rf"\d{{1,2}}(?:[–-]\d{{1,2}})?{_S}{_MONTHS}\b(?:{_S}\d{{4}}(?!\d))?"
    rf"|{_MONTHS}{_S}(?:\d{{1,2}},{_S})?\d{{4}}(?!\d)"
)

# A/60/257, A/C.2/54/L.5, A/68/443/Add.2, E/CN.6/2020/1, S/RES/2334 (2016): two or more
# slashes and at least one digit; a final full stop is punctuation, not part of the symbol.
_SEGMENT = r"(?:[A-Z][A-Za-z]{0,5}(?:\.\d+)*|\d{1,5}(?:\.\d+)*)"
SYMBOL = rf"(?<![\w/])(?=[A-Za-z./-]*\d)[A-Z]{{1,6}}(?:/{_SEGMENT}){{2,}}(?:[ \t]\(\d{{4}}\))?"

# 58/220, 57/270 B, S-26/2, ES-10/19, 2200 A (XXI), 1514 (XV), 2334 (2016)
CITED = (
    r"(?:(?:ES|S)-)?\d{1,3}/\d{1,4}(?:[ \t][A-Z](?![\w/(]))?"
    r"|\d{1,4}[ \t](?:[A-Z]{1,2}[ \t])?\([IVXL]+\)|\d{3,4}[ \t]\((?:19|20)\d\d\)"
)

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"

# -- leads ---------------------------------------------------------------------------------
_ADVERBS = (
    r"also|further|again|once\s+again|strongly|deeply|gravely|seriously|firmly|fully"
    r"|likewise|urgently|greatly|equally|particularly|profoundly|solemnly|most"
)
_ADVERB_CAP = (
    r"(?:Also|Further|Again|Once\s+again|Strongly|Deeply|Gravely|Seriously|Firmly"
    r"|Fully|Likewise|Urgently|Greatly|Equally|Particularly|Profoundly|Solemnly|Most)"
)
_FEELING = (
    r"(?:appreciation|concern|interest|satisfaction|regret|alarm|gratitude"
    r"|condolences|support|solidarity|thanks|dismay|disappointment|sympathy|hope)"
)
_DEGREE = (
    r"(?:deep|deepest|grave|great|serious|sincere|profound|particular|utmost|growing"
    r"|strong|full|firm|continued|continuing|warm|high|heartfelt)"
)
_WITH = rf"with{_S}(?:{_DEGREE}{_S})?{_FEELING}"
_TAIL = (
    rf"(?:{_S}note)?(?:{_S}(?:{_ADVERBS}))?"
    rf"(?:{_S}(?:{_WITH}|upon|in{_S}mind|into{_S}account))?{_END}"
)
_ADJECTIVES = r"mindful|aware|conscious|cognizant|desirous|determined|convinced|confident"
_NOT_LEADS = (
    r"(?!(?:United|Limited|Indeed|Hundred|Need|Red|Seed|Speed|Shed|Ahmed|Hamed"
    r"|Moham+ed|During|Notwithstanding|Nothing|Beijing|Morning|Evening|Spring|King"
    r"|Pending|Regarding|Concerning|Including|Excluding|Following|According|Bring"
    r"|Thing|Everything|Anything|Something|Sing|Ring|Wing|Rating)\b)"
)


def _verb(ending: str, participles: bool = False) -> str:
    """A capitalised verb, or an adverb and a lower-case verb, with the lead's optional tail.

    `participles` adds the preamble's forms: "Having considered", "Mindful", "Fully aware".
    """
    adjectives = rf"|{_ADJECTIVES.title()}" if participles else ""
    adjectives_low = rf"|{_ADJECTIVES}" if participles else ""
    lower = rf"(?:[a-z]+{ending}{adjectives_low})"
    express = (
        rf"xpress{ending}(?:{_S}(?:{_ADVERBS}))?{_S}(?:(?:its|their|our|the){_S})?"
        rf"(?:{_DEGREE}{_S})?{_FEELING}{_END}"
    )
    calls = rf"all{ending}(?:{_S}(?:{_ADVERBS}))?{_S}(?:(?:up)?on|for){_END}"
    verb = (
        rf"(?:{_NOT_LEADS}(?:[A-Z][a-z]+{ending}{adjectives})"
        rf"|{_ADVERB_CAP}{_S}(?:(?:{_ADVERBS}){_S})?{lower})"
        rf"(?:{_S}and{_S}{lower}(?=[ \t\n]))?"
    )  # "Welcomes and encourages"
    having = rf"|Having{_S}(?:(?:{_ADVERBS}){_S})?[a-z]{{3,}}{_TAIL}" if participles else ""
    phrase = rf"E{express}|C{calls}|{_ADVERB_CAP}{_S}(?:e{express}|c{calls})"
    return rf"(?:{phrase}{having}|{verb}{_TAIL})"


OPERATIVE_LEAD = _verb("(?:s|es)")
PREAMBULAR_LEAD = _verb("(?:ing|ed)", participles=True)

# -- line starts ---------------------------------------------------------------------------
_BULLET = r"(?:[-*+][ \t]+)?"
_SUBMARK = r"\((?:[a-z]{1,2}|[ivxl]{1,6})\)"
_PARA_START = rf"[ \t]*{_BULLET}(?:\d{{1,3}}\.[ \t]+[*A-Z]|{_SUBMARK}[ \t])"


def _citation_list(token: _TokenType) -> list[tuple[str, _TokenType] | default]:
    """After "resolution(s)"/"decision(s)": numbers separated by commas, "and", "of <date>"."""
    return [
        (CITED, token),
        (DATE, Literal.Date),
        (r",(?=[ \t\n])", Text),
        (r"[ \t]+(?:and|of|as\s+well\s+as)(?=[ \t\n])", Text),
        (r"[ \t]+", Whitespace),
        (rf"\n(?!{_PARA_START})(?![ \t]*\n)[ \t]*", Whitespace),
        default("#pop"),
    ]


class ResolutionLexer(RegexLexer):
    """Resolutions of the UN General Assembly and Security Council, and their drafts."""

    name = "Resolution"
    aliases = ["resolution", "unres"]
    filenames = []  # resolutions come as .txt/.md: never claim those globally
    mimetypes = []
    url = "https://documents.un.org/"
    version_added = ""

    tokens = {
        # At the start of a paragraph: number, marker, lead, footnote number or heading.
        "root": [
            (r"\s+", Whitespace),
            (r"(_{3,}|-{3,})([ \t]*)$", bygroups(Text, Whitespace)),
            (r"(#{1,6}[ \t]+)(.+)$", bygroups(Text, Generic.Heading)),
            (
                r"(\d{1,3}/\d{1,4}(?:[ \t][A-Z])?)(\.)([ \t]+)(\S.*?)([ \t]*)$",
                bygroups(Name.Tag, Text, Whitespace, Generic.Heading, Whitespace),
            ),
            (
                rf"({_BULLET})(\d{{1,3}}\.)([ \t]+)",
                bygroups(Text, Name.Label, Whitespace),
                ("paragraph", "operative-lead"),
            ),
            (
                rf"({_BULLET})({_SUBMARK})([ \t]+)",
                bygroups(Text, Name.Label, Whitespace),
                "paragraph",
            ),
            (rf"\[\^[^\]\s]{{1,12}}\]:?|[{SUPERSCRIPTS}]+", Generic.Subheading, "paragraph"),
            (rf"\A(?:\*{OPERATIVE_LEAD}\*|{OPERATIVE_LEAD})", Generic.Emph, "paragraph"),
            (rf"\*{PREAMBULAR_LEAD}\*|{PREAMBULAR_LEAD}", Generic.Emph, "paragraph"),
            (DATE, Literal.Date, "paragraph"),
            (r"\d{1,2}(?=[ \t]+\S)", Generic.Subheading, "paragraph"),  # a footnote's number
            default("paragraph"),
        ],
        "operative-lead": [
            (r"\*[^*\n]+\*", Generic.Emph, "#pop"),
            (OPERATIVE_LEAD, Generic.Emph, "#pop"),
            default("#pop"),
        ],
        # Inside a paragraph, until it ends: a line ending in , ; : . or a blank line.
        "paragraph": [
            (r"\n(?:[ \t]*\n)+", Whitespace, "#pop"),
            (
                rf"([,;:.][”’\"')]?)((?:\d{{1,2}}|[{SUPERSCRIPTS}]+)?)([ \t]*\n)",
                bygroups(Text, Generic.Subheading, Whitespace),
                "#pop",
            ),
            (rf"\n(?={_PARA_START})", Whitespace, "#pop"),
            include("inline"),
        ],
        "inline": [
            (r"[ \t]+|\n", Whitespace),
            (SYMBOL, String.Other),
            (
                r"([Rr]esolutions?)(" + _S + r")(?=(?:(?:ES|S)-)?\d)",
                bygroups(Text, Whitespace),
                "resolution-list",
            ),
            (r"([Dd]ecisions?)(" + _S + r")(?=\d)", bygroups(Text, Whitespace), "decision-list"),
            # a bare "46/159 of 19 December 1991" inside a list of resolutions
            (rf"(?<![\w/.])\d{{1,3}}/\d{{1,4}}(?={_S}of{_S}\d{{1,2}}{_S}{_MONTHS})", Name.Tag),
            (DATE, Literal.Date),
            (rf"\[\^[^\]\s]{{1,12}}\]|[{SUPERSCRIPTS}]+", Generic.Subheading),
            # a footnote number glued to a word or its punctuation: "session2", "Outcome,1"
            (r"(?:(?<=[a-z])|(?<=[a-z][,;:”’)]))\d{1,2}(?![\d/.,]\d|[\w/])", Generic.Subheading),
            (r"\*\*[^*\n]+\*\*", Generic.Strong),
            (r"\*(?=[^*\n]*[^\W\d_])[^*\s](?:(?:[^*\n]|\n(?![ \t]*\n))*?[^*\s])?\*", Generic.Emph),
            (r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+", Text),
            (r".", Text),
        ],
        "resolution-list": _citation_list(Name.Tag),
        "decision-list": _citation_list(Name.Other),
    }


def get_lexer(**options: object) -> ResolutionLexer:
    """The lexer itself, for frozen apps where the entry point may not be registered."""
    return ResolutionLexer(**options)

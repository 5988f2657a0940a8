"""The comparison's building blocks: tokens, word runs, order, alignment."""

from __future__ import annotations

from resreader.compare.align import match_exact
from resreader.compare.order import fits, in_order, interleave
from resreader.compare.similar import match_similar
from resreader.compare.tokens import _TYPOGRAPHY, Options, normalise, tokenize
from resreader.compare.words import word_runs

PLAIN = Options()
_CONNECTORS = "-‐‑/.'’‘"


def test_words_and_punctuation_are_separate_tokens() -> None:
    text = "Welcomes the report (A/60/257) of South-South Cooperation, at its session;"
    tokens = tokenize(text, PLAIN)
    assert tokens.keys == (
        "Welcomes",
        "the",
        "report",
        "(",
        "A/60/257",
        ")",
        "of",
        "South-South",
        "Cooperation",
        ",",
        "at",
        "its",
        "session",
        ";",
    )
    assert "".join(tokens.raws) == text


def test_case_and_typography_normalisation() -> None:
    assert normalise("the Assembly’s “work”", PLAIN) == normalise('the Assembly\'s "work"', PLAIN)
    assert normalise("South-South", PLAIN) != normalise("south-south", PLAIN)
    folded = Options(ignore_case=True)
    assert normalise("South-South", folded) == normalise("SOUTH-south", folded)


def test_typography_folding_keeps_every_character_s_length_and_class() -> None:
    # Keys are read off the folded text at the original's offsets: this must hold.
    for original, folded in _TYPOGRAPHY.items():
        before, after = chr(original), folded if isinstance(folded, str) else chr(folded)
        assert len(after) == 1
        assert before.isspace() == after.isspace() and before.isalnum() == after.isalnum()
        assert (before in _CONNECTORS) == (after in _CONNECTORS)
    text = "the Assembly’s ‘Fund’ and “South‑South” work\u00a0done"
    tokens = tokenize(text, PLAIN)
    assert "".join(tokens.raws) == text
    assert tokens.keys == (
        "the",
        "Assembly's",
        "'",
        "Fund",
        "'",
        "and",
        '"',
        "South-South",
        '"',
        "work",
        "done",
    )


def test_ignore_punctuation_rides_punctuation_on_the_word_before() -> None:
    tokens = tokenize("“Decides, inter alia, to act”;", Options(ignore_punctuation=True))
    assert tokens.keys == ("Decides", "inter", "alia", "to", "act")
    assert tokens.raws == ("“Decides,", " inter", " alia,", " to", " act”;")
    assert tokenize("...", Options(ignore_punctuation=True)).raws == ("...",)


def _runs(a: str, b: str, options: Options = PLAIN) -> list[tuple[str, str]]:
    return word_runs(tokenize(a, options), tokenize(b, options)).runs


def test_one_word_edit_is_one_delete_and_one_insert() -> None:
    assert _runs("at its fourteenth session;", "at its fifteenth session;") == [
        ("equal", "at its "),
        ("delete", "fourteenth"),
        ("insert", "fifteenth"),
        ("equal", " session;"),
    ]


def test_runs_rebuild_both_texts() -> None:
    a = "Recalling further its resolution 59/250, which, inter alia, called on organizations,"
    b = "Recalling further its resolution 59/250, in which it, inter alia, urged organizations,"
    runs = _runs(a, b)
    assert "".join(t for op, t in runs if op != "insert") == a
    assert "".join(t for op, t in runs if op != "delete") == b
    assert ("delete", "called on") in runs and ("insert", "urged") in runs


def test_small_equalities_between_edits_fold_into_one_edit() -> None:
    runs = _runs("alpha beta of gamma delta", "one two of three four")
    assert runs == [("delete", "alpha beta of gamma delta"), ("insert", "one two of three four")]


def test_equal_runs_keep_a_s_own_wording_where_it_differs() -> None:
    folded = Options(ignore_case=True)
    words = word_runs(
        tokenize("Decides that the “Fund” shall act;", folded),
        tokenize('decides that the "fund" shall not act;', folded),
    )
    assert words.runs == [
        ("equal", 'decides that the "fund" shall'),
        ("insert", " not"),
        ("equal", " act;"),
    ]
    assert words.a_equal == {0: "Decides that the “Fund” shall"}


def test_equal_texts_are_one_equal_run() -> None:
    assert _runs("Decides to act;", "Decides to act;") == [("equal", "Decides to act;")]


def test_in_order_keeps_the_longest_increasing_run() -> None:
    pairs = [(0, 0, 1), (1, 3, 1), (2, 1, 1), (3, 2, 1), (4, 4, 1)]
    assert in_order(pairs) == {0, 2, 3, 4}
    assert in_order([]) == set()


def test_in_order_breaks_ties_by_weight() -> None:
    assert in_order([(0, 1, 50), (1, 0, 5)]) == {0}
    assert in_order([(0, 1, 5), (1, 0, 50)]) == {1}


def test_fits_checks_a_pair_against_the_kept_order() -> None:
    kept = [(0, 0), (2, 3), (5, 6)]
    assert fits(kept, 3, 4)
    assert not fits(kept, 3, 2)
    assert fits(kept, 6, 7) and not fits(kept, 1, 7)


def test_interleave_slots_removed_rows_after_the_preceding_partner() -> None:
    # A: x r1 y r2 r3 (z elsewhere); B: n x y
    a_side = [("X", None), (None, "R1"), ("Y", None), (None, "R2"), (None, None), (None, "R3")]
    assert interleave(["N", "X", "Y"], a_side) == ["N", "X", "R1", "Y", "R2", "R3"]
    assert interleave(["X"], [(None, "R0"), ("X", None)]) == ["R0", "X"]


def test_exact_matching_anchors_unique_keys_and_orders_copies() -> None:
    matches = match_exact(["k", "d", "m", "d"], ["d", "m", "x"], range(4), range(3))
    assert [(m.a, m.b) for m in matches] == [(1, 0), (2, 1)]
    assert all(m.exact and m.similarity == 1.0 for m in matches)


def _words(text: str) -> tuple[str, ...]:
    return tokenize(text, PLAIN).keys


def test_similar_matching_takes_the_best_pairs_first() -> None:
    a = [
        _words("the report of the committee on its session"),
        _words("decides to remain seized of the matter"),
    ]
    b = [
        _words("decides to remain actively seized of the matter"),
        _words("welcomes the report of the committee on its fifteenth session"),
    ]
    matches = match_similar(dict(enumerate(a)), dict(enumerate(b)))
    assert sorted((m.a, m.b) for m in matches) == [(0, 1), (1, 0)]
    assert all(0.8 < m.similarity < 1 for m in matches)
    unrelated = [_words("welcomes the generous offer of argentina")]
    assert match_similar({0: unrelated[0]}, {0: a[1]}) == []

"""Benchmark: compare() against difflib.HtmlDiff().make_table on the same texts.

    .venv/bin/python bench/compare.py [--repeat N]

Pairs: the seed series 58/220 -> 60/212 -> 62/209 -> 68/230, and a generated pair of
400-paragraph resolutions with scattered edits, inserts, deletes and moves (fixed seed).
HtmlDiff gets the same texts' lines: the seed files as they are, and the generated
resolutions written out as wrapped, numbered paragraphs. Prints the median in ms of each
and the ratio; the goal is < 100 ms for the 400-paragraph pair and no pair slower than
HtmlDiff.
"""

from __future__ import annotations

import argparse
import difflib
import random
import statistics
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from resreader.compare import compare  # noqa: E402
from resreader.library import load, seeds_dir  # noqa: E402
from resreader.model import Paragraph, Resolution  # noqa: E402

SERIES = ["A-RES-58-220.md", "A-RES-60-212.txt", "A-RES-62-209.txt", "A-RES-68-230.md"]
GOAL_MS = 100.0
LEADS = [
    "Recognizes",
    "Also recognizes",
    "Encourages",
    "Calls upon",
    "Requests",
    "Invites",
    "Stresses",
    "Takes note of",
    "Welcomes",
    "Decides",
    "Urges",
]
PRE_LEADS = [
    "Recalling",
    "Reaffirming",
    "Stressing",
    "Noting",
    "Taking note of",
    "Recognizing",
    "Welcoming",
    "Bearing in mind",
]


def median_ms(runs: list[Callable[[], object]], repeat: int) -> list[float]:
    """Median ms of each callable, timed in alternation so that load on the machine falls
    on all of them alike."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(repeat):
        for run, spent in zip(runs, times, strict=True):
            start = time.perf_counter()
            run()
            spent.append((time.perf_counter() - start) * 1000)
    return [statistics.median(spent) for spent in times]


def vocabulary(resolutions: list[Resolution]) -> list[str]:
    words = [w for res in resolutions for p in res.paragraphs() for w in p.text.split()]
    return words or ["cooperation"]


def generated_pair(
    words: list[str], size: int = 400, seed: int = 230
) -> tuple[Resolution, Resolution, dict[str, int]]:
    """A resolution of `size` paragraphs and an edited copy; returns both and what was done."""
    rng = random.Random(seed)

    def sentence(lead: str) -> str:
        body = " ".join(rng.choice(words) for _ in range(rng.randint(20, 90)))
        return f"{lead} {body.rstrip(',;.')};"

    pre_count = size // 10
    a_pre = [sentence(rng.choice(PRE_LEADS)) for _ in range(pre_count)]
    a_ops = [sentence(rng.choice(LEADS)) for _ in range(size - pre_count)]
    b_pre, b_ops = list(a_pre), list(a_ops)
    done = {"edited": 0, "inserted": 0, "deleted": 0, "moved": 0}
    for texts in (b_pre, b_ops):
        for k in range(len(texts)):
            if rng.random() < 0.12:  # a few words replaced, dropped or added
                tokens = texts[k].split()
                for _ in range(rng.randint(1, 4)):
                    spot = rng.randrange(1, len(tokens))
                    tokens[spot] = rng.choice(words)
                texts[k] = " ".join(tokens)
                done["edited"] += 1
    for _ in range(size // 25):
        b_ops.pop(rng.randrange(len(b_ops)))
        done["deleted"] += 1
    for _ in range(size // 25):
        b_ops.insert(rng.randrange(len(b_ops)), sentence(rng.choice(LEADS)))
        done["inserted"] += 1
    for _ in range(size // 40):
        b_ops.insert(rng.randrange(len(b_ops)), b_ops.pop(rng.randrange(len(b_ops))))
        done["moved"] += 1
    return _resolution("A/RES/99/1", a_pre, a_ops), _resolution("A/RES/99/2", b_pre, b_ops), done


def _resolution(symbol: str, pre: list[str], ops: list[str]) -> Resolution:
    return Resolution(
        symbol=symbol,
        preamble=[Paragraph(f"pp{k}", None, t.split()[0], t) for k, t in enumerate(pre, 1)],
        operative=[Paragraph(f"op{k}", str(k), t.split()[0], t) for k, t in enumerate(ops, 1)],
    )


def as_lines(res: Resolution) -> list[str]:
    """The resolution as a text file would hold it: numbered paragraphs wrapped at 80."""
    lines = ["The General Assembly,", ""]
    for para in res.paragraphs():
        prefix = f"{para.num}. " if para.num else ""
        lines += textwrap.wrap(prefix + para.text, 80) + [""]
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="timed runs per measurement")
    args = parser.parse_args()
    seeds = seeds_dir()
    docs = {name: load(seeds / name) for name in SERIES}
    cases = []
    for left, right in zip(SERIES, SERIES[1:], strict=False):
        lines = [(seeds / n).read_text(encoding="utf-8").splitlines() for n in (left, right)]
        cases.append(
            (f"{docs[left].symbol} -> {docs[right].symbol}", docs[left], docs[right], lines)
        )
    gen_a, gen_b, done = generated_pair(vocabulary(list(docs.values())))
    cases.append(("generated 400 -> 400", gen_a, gen_b, [as_lines(gen_a), as_lines(gen_b)]))

    compare(gen_a, gen_b)  # warm up imports once, outside the timing
    header = (
        f"{'pair':<34} {'paragraphs':>11} {'lines':>11} {'compare() ms':>13} "
        f"{'HtmlDiff ms':>12} {'HtmlDiff/compare':>17}"
    )
    print(header)
    print("-" * len(header))
    worst_ratio, big_ms = float("inf"), 0.0
    for name, a, b, (lines_a, lines_b) in cases:
        ours, theirs = median_ms(
            [
                lambda a=a, b=b: compare(a, b),
                lambda la=lines_a, lb=lines_b: difflib.HtmlDiff().make_table(la, lb),
            ],
            args.repeat,
        )
        paras = f"{len(list(a.paragraphs()))}/{len(list(b.paragraphs()))}"
        print(
            f"{name:<34} {paras:>11} {f'{len(lines_a)}/{len(lines_b)}':>11} "
            f"{ours:>13.2f} {theirs:>12.2f} {theirs / ours:>16.1f}x"
        )
        worst_ratio = min(worst_ratio, theirs / ours)
        if name.startswith("generated"):
            big_ms = ours
    print()
    print(
        f"generated pair: {', '.join(f'{n} {what}' for what, n in done.items())}; "
        f"summary {compare(gen_a, gen_b).summary}"
    )
    print(
        f"goal < {GOAL_MS:.0f} ms for 400 paragraphs: {'met' if big_ms < GOAL_MS else 'MISSED'}"
        f" ({big_ms:.1f} ms); no slower than HtmlDiff on any pair: "
        f"{'met' if worst_ratio >= 1 else 'MISSED'} (smallest ratio {worst_ratio:.1f}x)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Parse throughput: the seeds, a generated corpus, growth with the number and the length of
documents, against a baseline measured in the same run.

Run: .venv/bin/python bench/parse.py [--docs 1000] [--profile]

Baselines, on exactly the same input:
- "scan": decode the bytes as UTF-8, `splitlines()`, and one `re.findall(r"\\w+")` pass: the
  least any line-based parser must do;
- "json": `json.loads` of the same resolutions' `to_dict()` JSON: reading the parsed model
  back from its own serialisation.
Goal (issue 9): at least 10 MB/s on the seeds, at most 15x the scan baseline, and time
growing linearly with the input, also on the adversarial shapes fuzzing found (each is timed
at n and 2n: a linear parser takes about twice as long, a quadratic one four times).

Times are this process's CPU time (`time.process_time`), best of several passes: the
parser is single-threaded, and on a shared machine wall-clock time mostly measures the
neighbours.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import re
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from synthetic import Generated, Pool, generate, generate_long, load_pool
from tables import table

from resreader.parsing import parse

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
GOAL_MBPS = 10.0
GOAL_SCAN_RATIO = 15.0
MIN_SECONDS = 1.0  # repeat short inputs until a measurement lasts at least this long
_WORD_RE = re.compile(r"\w+")


def timed(
    run: Callable[[], object], min_seconds: float = MIN_SECONDS, min_passes: int = 3
) -> tuple[float, int]:
    """CPU seconds per run (the best pass) and the number of passes made."""
    best, passes, start = float("inf"), 0, time.process_time()
    while passes < min_passes or time.process_time() - start < min_seconds:
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
        passes += 1
        if passes >= min_passes and best > min_seconds:  # long enough on its own
            break
    return best, passes


def parse_all(blobs: Sequence[bytes]) -> Callable[[], None]:
    def run() -> None:
        for blob in blobs:
            parse(blob)

    return run


def scan_all(blobs: Sequence[bytes]) -> Callable[[], None]:
    def run() -> None:
        for blob in blobs:
            text = blob.decode("utf-8")
            text.splitlines()
            _WORD_RE.findall(text)

    return run


def json_all(docs: Sequence[str]) -> Callable[[], None]:
    def run() -> None:
        for doc in docs:
            json.loads(doc)

    return run


def mb(blobs: Sequence[bytes] | Sequence[str]) -> float:
    return sum(len(b if isinstance(b, bytes) else b.encode()) for b in blobs) / 1e6


def throughput_row(
    label: str,
    blobs: Sequence[bytes],
    json_docs: Sequence[str],
    parse_time: tuple[float, int] | None = None,
) -> tuple[str, ...]:
    size = mb(blobs)
    t_parse, passes = parse_time or timed(parse_all(blobs))
    t_scan, _ = timed(scan_all(blobs), min_seconds=0.2)
    t_json, _ = timed(json_all(json_docs), min_seconds=0.2)
    return (
        label,
        f"{len(blobs)}",
        f"{size:.3f}",
        f"{passes}",
        f"{t_parse * 1e3:.1f}",
        f"{size / t_parse:.2f}",
        f"{size / t_scan:.1f}",
        f"{mb(json_docs) / t_json:.1f}",
        f"{t_parse / t_scan:.0f}x",
        f"{t_parse / t_json:.0f}x",
    )


def as_json(blobs: Sequence[bytes]) -> list[str]:
    return [json.dumps(parse(b).to_dict(), ensure_ascii=False) for b in blobs]


def growth_rows(
    blobs: Sequence[bytes], counts: Sequence[int]
) -> tuple[list[tuple[str, ...]], dict[int, tuple[float, int]]]:
    """One row per prefix of the corpus, each timed as the best of three passes."""
    rows, times, base = [], {}, None
    for n in counts:
        subset = blobs[:n]
        times[n] = timed(parse_all(subset), min_seconds=0.0, min_passes=3)
        seconds = times[n][0]
        per_doc = seconds / n
        base = base or per_doc
        rows.append(
            (
                f"{n}",
                f"{mb(subset):.2f}",
                f"{seconds:.3f}",
                f"{per_doc * 1e3:.2f}",
                f"{per_doc / base:.2f}",
                f"{mb(subset) / seconds:.2f}",
            )
        )
    return rows, times


def long_rows(pool: Pool, sizes: Sequence[int], style: str) -> list[tuple[str, ...]]:
    rows, base = [], None
    for n in sizes:
        blob = generate_long(pool, n, style).text.encode()
        seconds, _ = timed(parse_all([blob]), min_seconds=0.5, min_passes=5)
        per_para = seconds / n
        base = base or per_para
        rows.append(
            (
                style,
                f"{n}",
                f"{len(blob) / 1e3:.0f}",
                f"{seconds * 1e3:.1f}",
                f"{per_para * 1e6:.0f}",
                f"{per_para / base:.2f}",
            )
        )
    return rows


def recovered(docs: Sequence[Generated]) -> str:
    """How often the parser found exactly the paragraphs and footnotes that went in."""
    counts: dict[str, list[int]] = {}
    for doc in docs:
        res = parse(doc.text)
        got = {
            "preamble": len(res.preamble),
            "operative": len(res.operative),
            "footnotes": len(res.footnotes),
        }
        hit = counts.setdefault(doc.style, [0, 0])
        hit[0] += got == doc.expected
        hit[1] += 1
    return ", ".join(f"{style} {ok}/{n}" for style, (ok, n) in sorted(counts.items()))


HEAD = "The General Assembly,\n\nRecalling its resolutions,\n\n"
# Shapes that once cost more than linear time (issue 9), as text of size n.
ADVERSARIAL: dict[str, Callable[[int], str]] = {
    "(a) text; sub-paragraphs": lambda n: HEAD + "1. Decides:\n\n" + "(a) text;\n\n" * n,
    "markers in one clause": lambda n: HEAD + "1. Notes " + "the report¹ " * n + ";\n\n¹ A/1.\n",
    "'*a ' emphasis openings": lambda n: HEAD + "1. Decides " + "*a " * n + ";\n",
    "'Recalling 111…1x,'": lambda n: HEAD + "Recalling " + "1" * (10 * n) + "x,\n\n1. Decides.\n",
    "operative paragraphs": lambda n: HEAD + "".join(f"{k}. Decides;\n\n" for k in range(1, n + 1)),
    "unnumbered text joined": lambda n: HEAD + "1. Decides;\n\n" + "More text.\n\n" * n,
    "notes after a rule": lambda n: (
        HEAD + "1. Decides;1\n\n____\n" + "".join(f"{k} A/{k}.\n" for k in range(1, n + 1))
    ),
    "header without ' on '": lambda n: (
        "Resolution adopted by the A " * n + "\n" + HEAD + "1. Decides.\n"
    ),
    "header headings": lambda n: "1/1. T\n\n" * n + HEAD + "1. Decides.\n",
}


def adversarial_rows(n: int) -> list[tuple[str, ...]]:
    rows = []
    for name, shape in ADVERSARIAL.items():
        small, large = shape(n), shape(2 * n)
        t_small, _ = timed(parse_all([small]), min_seconds=0.2, min_passes=3)
        t_large, _ = timed(parse_all([large]), min_seconds=0.2, min_passes=3)
        rows.append(
            (
                name,
                f"{len(small) / 1e3:.0f}",
                f"{t_small * 1e3:.1f}",
                f"{t_large * 1e3:.1f}",
                f"{t_large / t_small:.2f}",
            )
        )
    return rows


def profile(blobs: Sequence[bytes], passes: int = 3) -> None:
    """The parser's own functions by cumulative time, then the overall top by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(passes):
        parse_all(blobs)()
    profiler.disable()
    stats = pstats.Stats(profiler, stream=io.StringIO())
    raw = stats.stats  # type: ignore[attr-defined]  # {(file, line, name): (cc, nc, tt, ct, _)}
    total = max(ct for (_, _, _, _, ct, *_) in ((k, *v) for k, v in raw.items()))
    rows = sorted(
        (
            (f"{Path(f).name}:{name}", nc, tt, ct)
            for (f, _, name), (_, nc, tt, ct, _) in raw.items()
            if "resreader" in f and name not in {"parse", "run"}
        ),
        key=lambda row: -row[3],
    )[:16]
    table(
        f"cProfile: {passes} passes over the seeds and 100 generated resolutions, "
        f"{total:.2f} s in parse; the parser's functions by cumulative time",
        ("function", "calls", "own s", "cumulative s", "% of parse"),
        [
            (name, f"{nc}", f"{tt:.3f}", f"{ct:.3f}", f"{100 * ct / total:.0f}%")
            for name, nc, tt, ct in rows
        ],
    )
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats("tottime").print_stats(10)
    body = out.getvalue()
    print("\nTop 10 by own time (regex methods are counted where they run, not per caller):")
    print(body[body.index("ncalls") :].rstrip())


def main(argv: list[str] | None = None) -> int:
    args = _args(argv)
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs")
    seeds = [p.read_bytes() for p in sorted(SEEDS.iterdir())]
    pool = load_pool(SEEDS)
    docs = generate(pool, args.docs)
    corpus = [d.text.encode() for d in docs]
    print(
        f"generated corpus: {len(docs)} resolutions, {mb(corpus):.1f} MB "
        f"({sum(d.style == 'page' for d in docs)} page layout, "
        f"{sum(d.style == 'markdown' for d in docs)} Markdown); paragraph and footnote "
        f"counts recovered exactly: {recovered(docs)}"
    )

    counts = [n for n in (100, 200, 500, 1000) if n < len(corpus)] + [len(corpus)]
    growth, times = growth_rows(corpus, counts)
    table(
        "Throughput (parse: best pass; scan and json: the baselines above, same input)",
        (
            "input",
            "docs",
            "MB",
            "passes",
            "parse CPU ms",
            "parse MB/s",
            "scan MB/s",
            "json MB/s",
            "parse/scan",
            "parse/json",
        ),
        [
            throughput_row("5 seeds", seeds, as_json(seeds)),
            throughput_row("generated corpus", corpus, as_json(corpus), times[len(corpus)]),
        ],
    )
    table(
        "Growth with the number of documents (ratio: ms/doc over ms/doc at the first row)",
        ("docs", "MB", "total CPU s", "ms/doc", "ratio", "MB/s"),
        growth,
    )

    sizes = (50, 100, 200, 400, 800)
    table(
        "Growth with the length of one document (ratio: µs/paragraph over the first row)",
        ("style", "paragraphs", "kB", "ms", "µs/para", "ratio"),
        long_rows(pool, sizes, "page") + long_rows(pool, sizes, "markdown"),
    )

    table(
        f"Adversarial shapes at n = {args.shapes} and 2n (ratio about 2: linear; 4: quadratic)",
        ("shape", "kB at n", "ms at n", "ms at 2n", "ratio"),
        adversarial_rows(args.shapes),
    )

    t_seeds = timed(parse_all(seeds))[0]
    seed_rate = mb(seeds) / t_seeds
    scan_ratio = t_seeds / timed(scan_all(seeds), min_seconds=0.2)[0]
    corpus_rate = mb(corpus) / times[len(corpus)][0]
    for label, rate in (("seeds", seed_rate), ("generated corpus", corpus_rate)):
        verdict = "meets" if rate >= GOAL_MBPS else "is BELOW"
        print(f"\n{label}: {rate:.2f} MB/s, which {verdict} the goal of {GOAL_MBPS} MB/s.")
    verdict = "meets" if scan_ratio <= GOAL_SCAN_RATIO else "is ABOVE"
    print(
        f"seeds: {scan_ratio:.1f}x the scan baseline, which {verdict} the goal of at most "
        f"{GOAL_SCAN_RATIO:.0f}x."
    )
    if args.profile or min(seed_rate, corpus_rate) < GOAL_MBPS:
        profile(seeds + corpus[:100])
    return 0


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1000, help="generated resolutions (≥1000)")
    parser.add_argument("--profile", action="store_true", help="always print the profile")
    parser.add_argument(
        "--shapes",
        type=int,
        default=2000,
        help="n for the adversarial shapes (each also timed at 2n)",
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    sys.exit(main())

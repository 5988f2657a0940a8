"""DESIGN.md's public API: `from resreader import parse, compare`, whatever was imported first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

CALL = (
    "from pathlib import Path\n"
    "from resreader import parse, compare\n"
    "a = parse(Path('seeds/A-RES-60-212.txt').read_bytes())\n"
    "b = parse(Path('seeds/A-RES-62-209.txt').read_bytes())\n"
    "cmp = compare(a, b, ignore_case=True)\n"
    "assert cmp.options['ignore_case'] is True and cmp.a is a and cmp.b is b\n"
    "assert sum(cmp.summary.values()) == len(cmp.pairs)\n"
)


@pytest.mark.parametrize(
    "first", ["", "import resreader.compare.words\n", "import resreader.compare\n"]
)
def test_compare_is_callable_however_the_package_was_loaded(first: str) -> None:
    root = Path(__file__).resolve().parents[1]
    subprocess.run([sys.executable, "-c", first + CALL], check=True, cwd=root)

"""The parse cache: what comes back equals a fresh parse, a warm start skips the parser, and
a damaged entry costs only a re-parse."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from conftest import SEEDS
from resreader import parse_cache
from resreader.library import load
from resreader.parsing import parse

SEED_FILES = sorted(SEEDS.iterdir())


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.stem)
def test_cached_equals_parsed(seed: Path) -> None:
    fresh = parse(seed.read_bytes(), source=str(seed))
    load(seed, use_cache=True)  # fills the cache
    cached = parse_cache.load_cached(seed.read_bytes(), str(seed))
    assert cached is not None
    assert asdict(cached) == asdict(fresh)


def test_a_damaged_entry_is_parsed_again_and_rewritten(tmp_path: Path) -> None:
    seed = SEED_FILES[0]
    load(seed, use_cache=True)
    (entry,) = parse_cache.cache_dir().glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert parse_cache.load_cached(seed.read_bytes(), str(seed)) is None
    assert load(seed, use_cache=True).to_dict() == parse(seed.read_bytes()).to_dict()
    assert parse_cache.load_cached(seed.read_bytes(), str(seed)) is not None


def test_other_bytes_are_another_entry(tmp_path: Path) -> None:
    seed = tmp_path / "r.txt"
    original = (SEEDS / "A-RES-60-212.txt").read_bytes()
    seed.write_bytes(original)
    assert load(seed, use_cache=True).operative[0].lead == "Welcomes"
    seed.write_bytes(original.replace(b"Welcomes", b"Notes"))
    assert load(seed, use_cache=True).operative[0].lead == "Notes"


def test_a_warm_library_scan_does_not_import_the_parser() -> None:
    code = (
        "import sys\nfrom resreader.library import Library\nlib = Library()\nlib.scan()\n"
        "print(len(lib.entries), 'resreader.parsing' in sys.modules)\n"
    )
    env = dict(os.environ)  # conftest's isolated XDG folders are inherited
    runs = [
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs == [["5", "True"], ["5", "False"]]

"""resreader: read, compare and quote United Nations resolutions.

from resreader import parse, compare
res = parse(data, source=None)
cmp = compare(res_a, res_b)
"""

from __future__ import annotations

from typing import Any

from resreader.errors import ParseError, ResreaderError

__version__ = "0.1.0"
__all__ = ["ParseError", "ResreaderError", "__version__", "compare", "parse"]


def __getattr__(name: str) -> Any:
    # Imported on first use so that the GUI starts without loading the parser or the
    # comparison engine (a warm start reads the library from the parse cache).
    if name == "parse":
        from resreader.parsing import parse

        return parse
    if name == "compare":
        # Once imported, the subpackage `resreader.compare` shadows this name; the
        # subpackage is callable (see resreader/compare/__init__.py), so both work alike.
        from resreader.compare import compare

        return compare
    raise AttributeError(f"module 'resreader' has no attribute {name!r}")

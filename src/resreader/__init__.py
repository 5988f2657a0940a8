"""resreader: read, compare and quote United Nations resolutions.

    from resreader import parse, compare
    res = parse(data, source=None)
    cmp = compare(res_a, res_b)
"""

from __future__ import annotations

from resreader.errors import ParseError, ResreaderError

__version__ = "0.1.0"

# Bound after the subpackage import on purpose: `resreader.compare` must stay the function
# even though a subpackage of that name exists.
from resreader.compare import compare  # noqa: E402
from resreader.parsing import parse  # noqa: E402

__all__ = ["ParseError", "ResreaderError", "__version__", "compare", "parse"]

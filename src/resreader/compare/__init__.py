"""Resolution × Resolution → Comparison: clause alignment and word differences, no Qt.

    from resreader.compare import compare
    cmp = compare(res_a, res_b, ignore_case=False, ignore_punctuation=False,
                  ignore_footnotes=True)
    cmp.to_dict()  # the JSON of `resreader diff --format json`

The engine loads on first use: views import `resreader.compare.result` at start-up and
should not pay for the engine until a comparison is asked for.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from resreader.compare.result import STATUSES, Comparison, Pair
from resreader.model import Resolution

__all__ = ["STATUSES", "Comparison", "Pair", "compare"]


def compare(a: Resolution, b: Resolution, **options: bool) -> Comparison:
    """See `resreader.compare.engine.compare`."""
    from resreader.compare.engine import compare as run

    return run(a, b, **options)


class _CallableModule(types.ModuleType):
    """`from resreader import compare` finds this subpackage once it has been imported
    (a submodule shadows a package attribute of the same name); calling it compares."""

    def __call__(self, a: Resolution, b: Resolution, **options: Any) -> Comparison:
        return compare(a, b, **options)


sys.modules[__name__].__class__ = _CallableModule

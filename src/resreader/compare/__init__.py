"""Resolution × Resolution → Comparison: clause alignment and word differences, no Qt.

    from resreader.compare import compare
    cmp = compare(res_a, res_b, ignore_case=False, ignore_punctuation=False,
                  ignore_footnotes=True)
    cmp.to_dict()  # DESIGN.md's diff JSON
"""

from __future__ import annotations

from resreader.compare.engine import compare
from resreader.compare.result import STATUSES, Comparison, Pair

__all__ = ["STATUSES", "Comparison", "Pair", "compare"]

"""A guard against a PySide6 6.12.0 bug on Python 3.11.

With that pair, every call of a Qt method that returns nothing (`widget.update()`,
`painter.save()`, `delegate.initStyleOption()` …) hands Python a `None` without a new
reference (6.11.3 does not; Python 3.12+ makes None immortal, so it cannot hurt there).
After a few thousand such calls None's count reaches zero and the interpreter aborts
("none_dealloc: deallocating None"): a reader that paints its clause tree a few times dies.

`protect_none()` gives None the near-infinite count Python 3.12 gives it by design. The
real fix is to avoid that pair (pin PySide6 != 6.12.0 on Python < 3.12, or use 3.12+).
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # more lost references than any session could make


def affected() -> bool:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    import shiboken6

    return tuple(shiboken6.__version_info__[:2]) == (6, 12)


def protect_none() -> None:
    if not affected():
        return
    # ob_refcnt is the first field of every CPython object (non-debug builds).
    count = ctypes.c_ssize_t.from_address(id(None))
    if count.value < HEADROOM:
        count.value += HEADROOM

"""Errors the core raises for bad input: each names the file and the reason."""

from __future__ import annotations


class ResreaderError(Exception):
    """Base class: `str(err)` is a one-line message fit to show a user."""

    def __init__(self, reason: str, source: str | None = None) -> None:
        self.reason = reason
        self.source = source
        super().__init__(f"{source}: {reason}" if source else reason)


class ParseError(ResreaderError):
    """The input is not text, or holds no resolution."""

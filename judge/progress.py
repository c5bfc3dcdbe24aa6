"""A one-line progress bar on stderr while judging (only on a terminal)."""

from __future__ import annotations

import sys
import time
from typing import TextIO


class ProgressBar:
    """Redraws ``label stage ████░░░ done/total`` in place, at most 20 times a second."""

    def __init__(self, label: str, stream: TextIO | None = None, width: int = 24) -> None:
        self.label, self.stream, self.width = label, stream or sys.stderr, width
        self.last = 0.0
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.last < 0.05 and done != total:
            return
        self.last = now
        if total:
            filled = round(self.width * min(done, total) / total)
            bar = "█" * filled + "░" * (self.width - filled)
            text = f"{self.label} {stage:<9} {bar} {done}/{total}"
        else:
            text = f"{self.label} {stage}…"
        self.stream.write("\r\x1b[2K" + text)
        self.stream.flush()
        self.shown = True

    def clear(self) -> None:
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()

"""The running mock interview as the TUI follows it: its deadline, and the warnings said.

The clock lives in the store (``grokpat.mock``): the app reads a session's deadline once,
when it starts or resumes it, and from then on only compares it with the app's clock on
a timer (``GrokpatApp._mock_tick``), so the countdown costs no read of the store. When
the deadline passes, the app asks the application layer to close the session; the
session is the store's, never this object's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

WARN_AT_MIN = (5, 1)  # a notification and a style change when this many minutes are left
TICK_S = 0.25  # how often the countdown is redrawn (the clock read): well under a second


@dataclass
class MockClock:
    """The deadline of session ``mock_id`` and the warnings already given."""

    mock_id: int
    started_at: float
    ends_at: float
    warned: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, row: Any, now: float) -> MockClock:
        """Follow the store's open session ``row``; a warning whose time has already passed is
        not given (a session resumed with 3 minutes left warns at 1 only; its countdown
        has the warning's style from the start)."""
        clock = cls(int(row["id"]), float(row["started_at"]), float(row["ends_at"]))
        clock.warned = {m for m in WARN_AT_MIN if clock.remaining(now) <= m * 60}
        return clock

    def remaining(self, now: float) -> float:
        return max(0.0, self.ends_at - now)

    def over(self, now: float) -> bool:
        return now >= self.ends_at

    def level(self, now: float) -> str:
        """'' | 'warn' (5 minutes or less) | 'urgent' (1 minute or less) | 'over'."""
        left = self.ends_at - now
        if left <= 0:
            return "over"
        if left <= min(WARN_AT_MIN) * 60:
            return "urgent"
        if left <= max(WARN_AT_MIN) * 60:
            return "warn"
        return ""

    def due_warning(self, now: float) -> int | None:
        """The minutes of the warning to give now (once each; the latest one crossed), or None."""
        left = self.remaining(now)
        crossed = [m for m in WARN_AT_MIN if left <= m * 60 and m not in self.warned]
        if not crossed or left <= 0:
            return None
        self.warned.update(crossed)  # a jump past both says the nearer one only
        return min(crossed)


def clock_text(seconds: float) -> str:
    """``44:59``, ``1:05:00`` for an hour or more."""
    whole = int(seconds + 0.999)  # 0.2 s left still shows 0:01: 0:00 is the end
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"

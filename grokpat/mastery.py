"""Where a learner stands in each pattern: solved, the grok score, grokked, retention, streak.

The grok score of a pattern: of its problems met for the first time *after* the learner
had solved at least one problem of the pattern, the share they then solved cold
(accepted with no hint and no reveal before the accept). Solving a new problem cold is
generalising; re-solving a remembered one is memory, measured apart as retention
(reviews passed on the first judge / reviews done). A pattern is *grokked* when its
last 3 first encounters were all solved cold. Both read the per-problem progress rows
only (never the history), so they cost the same however long the history is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from grokpat.store import ProblemProgress

GROKKED_AFTER = 3


@dataclass(frozen=True)
class Encounter:
    """A problem met for the first time, in order, and how it went."""

    problem: str
    first_seen_at: float
    counts: bool  # met after the pattern's first solve: it measures generalisation
    cold: bool | None  # solved with no hint and no reveal; None while unsolved


@dataclass(frozen=True)
class PatternMastery:
    pattern: str
    total: int
    solved: int
    attempted: int
    attempts: int
    grok_score: float | None
    grokked: bool
    retention: float | None
    due: int
    encounters: tuple[Encounter, ...]


def encounters(rows: list[ProblemProgress]) -> list[Encounter]:
    """A pattern's first encounters in order; the ones after its first solve count."""
    ordered = sorted(rows, key=lambda r: (r.first_seen_at, r.problem))
    first_solve = min((r.solved_at for r in ordered if r.solved_at is not None), default=None)
    return [
        Encounter(r.problem, r.first_seen_at, first_solve is not None and r.first_seen_at > first_solve, r.cold if r.solved else None)
        for r in ordered
    ]


def grok_score(history: list[Encounter]) -> float | None:
    counted = [e for e in history if e.counts]
    if not counted:
        return None
    return sum(1 for e in counted if e.cold) / len(counted)


def grokked(history: list[Encounter]) -> bool:
    last = history[-GROKKED_AFTER:]
    return len(last) == GROKKED_AFTER and all(e.cold for e in last)


def pattern_mastery(pattern: str, total: int, rows: list[ProblemProgress], reviews: tuple[int, int], due: int) -> PatternMastery:
    history = encounters(rows)
    done, passed = reviews
    return PatternMastery(
        pattern=pattern,
        total=total,
        solved=sum(1 for r in rows if r.solved),
        attempted=sum(1 for r in rows if r.attempts),
        attempts=sum(r.attempts for r in rows),
        grok_score=grok_score(history),
        grokked=grokked(history),
        retention=passed / done if done else None,
        due=due,
        encounters=tuple(history),
    )


def streak(days: list[str], today: dt.date) -> int:
    """Consecutive active days ending today (or yesterday: today is not over yet)."""
    active = {dt.date.fromisoformat(d) for d in days}
    day = today if today in active else today - dt.timedelta(days=1)
    count = 0
    while day in active:
        count += 1
        day -= dt.timedelta(days=1)
    return count

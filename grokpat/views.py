"""The JSON shapes of the browsing commands (stable, documented in the README)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from problems.catalog import Catalog
from problems.index import ProblemSummary
from problems.model import Pattern, Problem

if TYPE_CHECKING:  # the store's types, without opening the store to browse
    from grokpat.practice import Stats, Suggestion
    from grokpat.reviews import DueReview


def pattern_view(pattern: Pattern, statuses: dict[str, str] | None = None) -> dict[str, Any]:
    """``grokpat patterns --json``: one object per pattern."""
    view = {
        "id": pattern.id,
        "title": pattern.title,
        "order": pattern.order,
        "summary": pattern.summary,
        "problems": list(pattern.problem_ids),
        "total": len(pattern.problem_ids),
    }
    if statuses is not None:
        mine = [statuses.get(pid, "unseen") for pid in pattern.problem_ids]
        view |= {"solved": sum(s in ("solved", "due") for s in mine), "attempted": sum(s == "attempted" for s in mine), "due": mine.count("due")}
    return view


def problem_view(problem: Problem | ProblemSummary, statuses: dict[str, str] | None = None) -> dict[str, Any]:
    """``grokpat list --json``: one object per problem."""
    return {
        "status": None if statuses is None else statuses.get(problem.id, "unseen"),
        "id": problem.id,
        "title": problem.title,
        "pattern": problem.pattern,
        "difficulty": problem.difficulty,
        "entry": problem.entry,
        "signature": problem.signature_source,
        "compare": problem.compare,
        "tags": list(problem.tags),
        "source": problem.source,
    }


def problem_detail(problem: Problem) -> dict[str, Any]:
    """``grokpat show --json``: the summary plus everything a learner reads."""
    cx = problem.complexity
    return {
        **problem_view(problem),
        "statement": problem.statement,
        "examples": [{"input": e.input, "output": e.output, "explanation": e.explanation} for e in problem.examples],
        "constraints": list(problem.constraints),
        "hints": list(problem.hints),
        "complexity": None if cx is None else {"time": cx.time, "space": cx.space, "n": cx.n},
    }


def stats_view(stats: Stats, history: bool = False) -> dict[str, Any]:
    """``grokpat stats --json``."""
    patterns = []
    for title, m in stats.patterns:
        view: dict[str, Any] = {
            "id": m.pattern,
            "title": title,
            "total": m.total,
            "solved": m.solved,
            "attempted": m.attempted,
            "attempts": m.attempts,
            "grok_score": None if m.grok_score is None else round(m.grok_score, 4),
            "grokked": m.grokked,
            "retention": None if m.retention is None else round(m.retention, 4),
            "due": m.due,
            "recognition": None if not stats.recognition.get(m.pattern, (0, 0))[0] else round(stats.recognition[m.pattern][1] / stats.recognition[m.pattern][0], 4),
        }
        if history:
            view["history"] = [
                {"id": e.problem, "first_seen": iso(e.first_seen_at), "after_first_solve": e.counts, "cold": e.cold} for e in m.encounters
            ]
        patterns.append(view)
    return {
        "patterns": patterns,
        "solved": stats.solved,
        "attempts": stats.attempts,
        "streak_days": stats.streak_days,
        "confusions": [{"pattern": p, "taken_for": named, "times": n} for p, named, n in stats.confusions],
    }


def review_view(review: DueReview, catalog: Catalog) -> dict[str, Any]:
    """``grokpat review --json``: one object per problem due."""
    problem = catalog.problems[review.problem]
    return {"id": problem.id, "title": problem.title, "pattern": problem.pattern, "due": iso(review.due), "overdue_days": round(review.overdue_days, 2)}


def suggestion_view(suggestion: Suggestion) -> dict[str, Any]:
    """``grokpat next --json``."""
    p = suggestion.problem
    return {"id": p.id, "title": p.title, "pattern": p.pattern, "difficulty": p.difficulty, "reason": suggestion.reason, "why": suggestion.why}


def iso(timestamp: float) -> str:
    """A timestamp as ISO 8601 in UTC, to the second."""
    return dt.datetime.fromtimestamp(timestamp, dt.UTC).isoformat(timespec="seconds")

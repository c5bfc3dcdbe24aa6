"""The JSON shapes of the browsing commands (stable, documented in the README)."""

from __future__ import annotations

from typing import Any

from problems.model import Pattern, Problem


def pattern_view(pattern: Pattern) -> dict[str, Any]:
    """``grokpat patterns --json``: one object per pattern."""
    return {
        "id": pattern.id,
        "title": pattern.title,
        "order": pattern.order,
        "summary": pattern.summary,
        "problems": list(pattern.problem_ids),
        "total": len(pattern.problem_ids),
    }


def problem_view(problem: Problem) -> dict[str, Any]:
    """``grokpat list --json``: one object per problem."""
    return {
        "id": problem.id,
        "title": problem.title,
        "pattern": problem.pattern,
        "difficulty": problem.difficulty,
        "entry": problem.entry,
        "signature": problem.signature.source,
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

"""Plain-text rendering for the terminal (no heavy imports: browsing starts fast)."""

from __future__ import annotations

import textwrap

import click

from problems.catalog import Catalog
from problems.model import Problem

DIFFICULTY_COLOURS = {"easy": "green", "medium": "yellow", "hard": "red"}


def bar(done: int, total: int, width: int = 20) -> str:
    """A progress bar drawn with block characters."""
    filled = 0 if total == 0 else round(width * done / total)
    return "█" * filled + "░" * (width - filled)


def patterns_table(catalog: Catalog) -> str:
    lines = []
    for p in catalog.patterns:
        total = len(p.problem_ids)
        lines.append(f"{p.order:>2}. {p.title:<36} {bar(0, total)} {0:>2}/{total:<2}  {click.style(p.id, dim=True)}")
    return "\n".join(lines)


def problems_table(problems: list[Problem]) -> str:
    lines = []
    width = max((len(p.id) for p in problems), default=10)
    for p in problems:
        diff = click.style(f"{p.difficulty:<6}", fg=DIFFICULTY_COLOURS[p.difficulty])
        lines.append(f"{p.id:<{width}}  {diff}  {p.pattern:<26} {p.title}")
    return "\n".join(lines)


def problem_page(problem: Problem, pattern_title: str) -> str:
    head = click.style(problem.title, bold=True)
    diff = click.style(problem.difficulty, fg=DIFFICULTY_COLOURS[problem.difficulty])
    out = [f"{head}  [{problem.id}]", f"{pattern_title} · {diff}", "", problem.statement, ""]
    out.append(click.style("Signature", bold=True))
    out.append(f"  {problem.signature.source}")
    for i, ex in enumerate(problem.examples, 1):
        out += ["", click.style(f"Example {i}", bold=True)]
        out.append("  input:  " + ", ".join(f"{k} = {v!r}" for k, v in ex.input.items()))
        out.append(f"  output: {ex.output!r}")
        if ex.explanation:
            out += ["  " + line for line in textwrap.wrap(ex.explanation, 84)]
    out += ["", click.style("Constraints", bold=True)] + [f"  {c}" for c in problem.constraints]
    if problem.complexity:
        out += ["", f"Target: {problem.complexity.time} time, n = {problem.complexity.n}"]
    out += ["", click.style(f"grokpat start {problem.id}", dim=True) + "  writes a solution file to edit"]
    return "\n".join(out)

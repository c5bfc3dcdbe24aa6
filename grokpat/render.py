"""Plain-text rendering for the terminal (no heavy imports: browsing starts fast)."""

from __future__ import annotations

import textwrap

import click

from judge.verdict import ComplexityReport, Verdict
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


VERDICT_STYLE = {
    Verdict.ACCEPTED: ("✓", "green"),
    Verdict.SUBOPTIMAL: ("◐", "yellow"),
    Verdict.WRONG_ANSWER: ("✗", "red"),
    Verdict.RUNTIME_ERROR: ("✗", "red"),
    Verdict.TIME_LIMIT: ("⧗", "red"),
    Verdict.MEMORY_LIMIT: ("✗", "red"),
    Verdict.COMPILE_ERROR: ("✗", "red"),
}


def _short(value: object, limit: int = 300) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 20] + f"… ({len(text)} chars)"


def _cases(result: dict) -> str:
    """``209/209 cases``, or ``failed on case 3 of 209 planned``."""
    if result["verdict"] in (Verdict.ACCEPTED, Verdict.SUBOPTIMAL):
        return f"{result['passed']}/{result['total']} cases"
    if result["verdict"] == Verdict.COMPILE_ERROR or not result.get("counterexample"):
        return f"{result['passed']} of {result['total']} cases passed" if result["total"] else "did not load"
    return f"failed on case {result['passed'] + 1} of {result['total']} planned"


def judge_report(result: dict) -> str:
    """The text form of one ``grokpat judge`` result (the JSON form, rendered)."""
    mark, colour = VERDICT_STYLE.get(result["verdict"], ("?", "white"))
    head = click.style(f"{mark} {result['verdict']}", fg=colour, bold=True)
    lines = [f"{head}  {result['file']}  [{result['problem']}]  {_cases(result)}  {result['elapsed_s']:.2f} s"]
    if result.get("message") and result["verdict"] != Verdict.ACCEPTED:
        lines.append(f"  {result['message']}")
    cx = result.get("counterexample")
    if cx:
        label = "smallest failing input" if result["verdict"] == Verdict.WRONG_ANSWER else "failing input"
        lines.append(click.style(f"  {label}:", bold=True))
        for name, value in cx["input"].items():
            lines.append(f"    {name} = {_short(value)}")
        lines.append(f"  expected: {_short(cx['expected'])}")
        if cx.get("error"):
            lines.append(f"  error:    {cx['error']}")
        else:
            lines.append(f"  actual:   {_short(cx['actual'])}")
    comp = result.get("complexity")
    if comp:
        if result["verdict"] == Verdict.SUBOPTIMAL:
            lines.append(f"  complexity: measured {comp['measured']}, expected {comp['expected']} (ratio to the reference grew {comp['ratio_growth']:.1f}x)")
        else:
            lines.append(f"  complexity: {comp['expected']}, as the reference")
        from grokpat.charts import draw_curve

        lines += ["  " + line for line in draw_curve(ComplexityReport.from_json(comp)).splitlines()]
        if comp.get("note"):
            lines.append(f"  ({comp['note']})")
    if result.get("stdout"):
        out = result["stdout"].rstrip().splitlines()
        lines.append(click.style("  your prints:", dim=True))
        lines += ["    " + line for line in out[:20]] + (["    …"] if len(out) > 20 else [])
    return "\n".join(lines)


def doctor_report(report: dict) -> str:
    """The text form of ``grokpat doctor``."""
    ok, bad = click.style("✓", fg="green"), click.style("✗", fg="red")
    lines = [f"Python {report['python']} on {report['platform']}", ""]
    lines.append(click.style("Sandbox layers", bold=True))
    for layer in report["layers"]:
        mark = ok if layer["applied"] else bad
        why = "" if layer["applied"] else click.style(f"  ({layer['why_not']})", dim=True)
        lines.append(f"  {mark} {layer['id']:<18} {layer['what']}{why}")
    lines += ["", click.style("Promises", bold=True)]
    for promise, kept in report["promises"].items():
        lines.append(f"  {ok if kept else bad} {promise}")
    if report["worker"] != "ok":
        lines.append(f"  {bad} the worker did not start: {report['worker']}")
    lines += ["", click.style("Where things live", bold=True)]
    lines.append(f"  data (progress store)  {report['data_dir']}")
    lines.append(f"  workspace              {report['workspace']}")
    lines.append(f"  editor                 {report['editor'] or 'none found: set $EDITOR'}")
    return "\n".join(lines)

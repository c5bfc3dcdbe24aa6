"""Plain-text rendering for the terminal (no heavy imports: browsing starts fast)."""

from __future__ import annotations

import textwrap
from collections import Counter
from typing import TYPE_CHECKING

import click

from judge.verdict import ComplexityReport, Verdict
from problems.catalog import Catalog

if TYPE_CHECKING:
    from grokpat.practice import Reveal, Stats
    from grokpat.running import RunResult
    from grokpat.reviews import DueReview
from problems.model import Problem

DIFFICULTY_COLOURS = {"easy": "green", "medium": "yellow", "hard": "red"}


def bar(done: int, total: int, width: int = 20) -> str:
    """A progress bar drawn with block characters."""
    filled = 0 if total == 0 else round(width * done / total)
    return "█" * filled + "░" * (width - filled)


STATUS_MARKS = {"solved": ("✓", "green"), "due": ("↻", "cyan"), "attempted": ("…", "yellow"), "unseen": ("·", None)}


def patterns_table(catalog: Catalog, statuses: dict[str, str] | None = None) -> str:
    lines = []
    for p in catalog.patterns:
        total = len(p.problem_ids)
        mine = [(statuses or {}).get(pid, "unseen") for pid in p.problem_ids]
        solved = sum(s in ("solved", "due") for s in mine)
        due = mine.count("due")
        extra = click.style(f"  {due} due", fg="cyan") if due else ""
        lines.append(f"{p.order:>2}. {p.title:<36} {bar(solved, total)} {solved:>2}/{total:<2}  {click.style(p.id, dim=True)}{extra}")
    return "\n".join(lines)


def problems_table(problems: list[Problem], statuses: dict[str, str] | None = None, styled: bool = True) -> str:
    width = max((len(p.id) for p in problems), default=10)
    # styled once per difficulty and status, not per row: a pack may list 10,000 problems
    style = click.style if styled else (lambda text, **_: text)
    difficulties = {d: style(f"{d:<6}", fg=colour) for d, colour in DIFFICULTY_COLOURS.items()}
    marks = {status: style(mark, fg=colour) for status, (mark, colour) in STATUS_MARKS.items()}
    known = statuses or {}
    return "\n".join(
        f"{marks[known.get(p.id, 'unseen')]} {p.id:<{width}}  {difficulties[p.difficulty]}  {p.pattern:<26} {p.title}" for p in problems
    )


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
        out += ["", f"Target: {problem.complexity.time} time (n: {problem.complexity.n}; the judge times your code as it grows)"]
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
    mistake = result.get("mistake")
    if mistake:
        see = f" (hint {mistake['hint']} is about it: grokpat hint {result['problem']})" if mistake.get("hint") else ""
        lines.append(click.style("  likely: ", fg="yellow") + mistake["mistake"] + see)
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


def judge_summary(results: list[dict], slowest: int = 3) -> str:
    """After judging several files: how many got each verdict, and the slowest files."""
    counts = Counter(r["verdict"] for r in results)
    lines = [f"{len(results)} files: " + ", ".join(f"{n} {verdict}" for verdict, n in counts.most_common())]
    ranked = sorted(results, key=lambda r: -float(r.get("elapsed_s") or 0))[:slowest]
    width = max(len(r["file"]) for r in ranked)
    lines.append("slowest:")
    lines += [f"  {r['file']:<{width}}  {float(r.get('elapsed_s') or 0):6.2f} s  {r['verdict']}" for r in ranked]
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


def reveal_page(shown: Reveal) -> str:
    """``grokpat solution``: the pattern's idea, then the reference."""
    p = shown.problem
    head = click.style(f"{p.title}: the reference solution", bold=True)
    lines = [head, ""]
    if shown.explanation:
        lines += [click.style("The idea", bold=True), textwrap.indent(shown.explanation, "  "), ""]
    lines += [click.style("The code", bold=True), textwrap.indent(shown.source, "  ")]
    if shown.recorded:
        lines += ["", click.style("Recorded as a give-up: this problem comes back for review soon. Write it yourself now, then judge it.", dim=True)]
    return "\n".join(lines)


def _percent(value: float | None) -> str:
    return "  –  " if value is None else f"{value:>4.0%}"


def stats_page(stats: Stats) -> str:
    """``grokpat stats``: a bar per pattern, its grok score and retention, then the totals."""
    lines = [click.style(f"{'pattern':<36} {'solved':<28} grok  kept  seen  due", bold=True)]
    for title, m in stats.patterns:
        flag = click.style(" grokked", fg="green") if m.grokked else ""
        due = click.style(f"{m.due:>3}", fg="cyan") if m.due else "   "
        asked, right = stats.recognition.get(m.pattern, (0, 0))
        seen = _percent(right / asked if asked else None)
        lines.append(f"{title:<36} {bar(m.solved, m.total, 18)} {m.solved:>3}/{m.total:<3} {_percent(m.grok_score)} {_percent(m.retention)} {seen} {due}{flag}")
    if stats.confusions:
        lines += ["", "Most confused in the drill: " + "; ".join(f"{p} taken for {named} ({n}x)" for p, named, n in stats.confusions)]
    lines += [
        "",
        f"{stats.solved} solved, {stats.attempts} judgements, a streak of {stats.streak_days} day{'s' if stats.streak_days != 1 else ''}.",
        click.style(
            "grok: of the problems you met after your first solve in a pattern, the share solved cold (no hint, no reveal);"
            " grokked: the last 3 met were all solved cold. kept (retention): reviews right on the first judge."
            " seen (recognition): drill answers that named the pattern in time.",
            dim=True,
        ),
    ]
    return "\n".join(lines)


def pattern_history(stats: Stats, catalog: Catalog, pattern_id: str) -> str:
    """``grokpat stats --pattern P``: the first encounters in order, cold or not."""
    title, m = next((t, m) for t, m in stats.patterns if m.pattern == pattern_id)
    lines = [click.style(f"{title}: {m.solved}/{m.total} solved, grok score {_percent(m.grok_score).strip()}" + (", grokked" if m.grokked else ""), bold=True)]
    if not m.encounters:
        lines.append("  nothing met yet")
    for e in m.encounters:
        problem = catalog.problems.get(e.problem)
        mark = click.style("cold", fg="green") if e.cold else click.style("helped", fg="yellow") if e.cold is False else click.style("open", dim=True)
        counted = "" if e.counts else click.style("  (before your first solve here: not counted)", dim=True)
        lines.append(f"  {mark:<15} {e.problem:<40} {problem.difficulty if problem else '':<6}{counted}")
    return "\n".join(lines)


def review_table(due: list[DueReview], catalog: Catalog) -> str:
    if not due:
        return "Nothing is due for review."
    lines = []
    for r in due:
        p = catalog.problems[r.problem]
        late = f"{r.overdue_days:.1f} days overdue" if r.overdue_days >= 0.1 else "due now"
        lines.append(f"{p.id:<40} {p.pattern:<26} {late}")
    return "\n".join(lines)


def _mock_context(report: dict, catalog: Catalog) -> dict:
    titles = {p["id"]: (catalog.problems[p["id"]].title if p["id"] in catalog.problems else p["id"]) for p in report["problems"]}
    pattern_titles = {p.id: p.title for p in catalog.patterns}

    def minutes(seconds: float | None) -> str:
        return "–" if seconds is None else f"{seconds / 60:.1f} min"

    def named(p: dict) -> str:
        if not p["pattern_named"]:
            return "–"
        return f"{p['pattern_named']} ({'right' if p['pattern_right'] else 'wrong'})"

    solved = sum(p["verdict"] == "accepted" for p in report["problems"])
    return {"report": report, "titles": titles, "pattern_titles": pattern_titles, "minutes": minutes, "named": named, "solved": solved}


def mock_report_markdown(report: dict, catalog: Catalog) -> str:
    """The interviewer's report as Markdown (``grokpat mock end --report FILE.md``)."""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    from grokpat.workspace import TEMPLATES

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), undefined=StrictUndefined, keep_trailing_newline=True, autoescape=False)
    return env.get_template("mock_report.md.j2").render(**_mock_context(report, catalog))


def mock_report_text(report: dict, catalog: Catalog, history: list[dict]) -> str:
    """The report on the terminal: the same figures, with a bar per earlier session's score."""
    ctx = _mock_context(report, catalog)
    lines = [click.style(f"Mock interview #{report['id']}: {report['score']:.1f} / 100", bold=True),
             f"{report['duration_s'] / 60:.1f} minutes, {ctx['solved']} of {len(report['problems'])} solved", ""]
    for p in report["problems"]:
        mark, colour = VERDICT_STYLE.get(p["verdict"], ("·", "white"))
        pattern = ctx["pattern_titles"].get(p["pattern"], p["pattern"])
        lines.append(f"{click.style(mark, fg=colour)} {ctx['titles'][p['id']]:<38} {p['verdict']:<14} score {p['score']:5.1f}")
        lines.append(f"    judged {p['attempts']}x, accepted after {ctx['minutes'](p['time_to_accept_s'])}; a {pattern} problem; you named {ctx['named'](p)}")
        lines.append(f"    complexity claimed {p['complexity_claimed'] or '–'}, measured {p['complexity_measured'] or '–'}" + ("; helped (hint or reference)" if p["helped"] else ""))
    if len(history) > 1:
        lines += ["", click.style("Your mocks so far", bold=True)]
        for old in history[-8:]:
            lines.append(f"  #{old['id']:<4} {bar(int(old['score']), 100, 30)} {old['score']:5.1f}")
    return "\n".join(lines)


def run_report(result: RunResult) -> str:
    """``grokpat run``: each input, your answer and the reference's."""
    lines = []
    if result.message:
        lines.append(click.style(result.message, fg="red"))
    for i, case in enumerate(result.cases, 1):
        mark, colour = VERDICT_STYLE.get(Verdict(case.verdict), ("?", "white"))
        lines.append(click.style(f"{mark} case {i}: {case.verdict}", fg=colour, bold=True))
        for name, value in case.input.items():
            lines.append(f"    {name} = {_short(value)}")
        if case.error:
            lines.append(f"  error:     {case.error}")
        else:
            lines.append(f"  yours:     {_short(case.answer)}")
        lines.append(f"  reference: {_short(case.expected)}")
        if case.reason:
            lines.append(f"  {case.reason}")
    if result.stdout:
        lines.append(click.style("  your prints:", dim=True))
        lines += ["    " + line for line in result.stdout.rstrip().splitlines()[:20]]
    return "\n".join(lines)

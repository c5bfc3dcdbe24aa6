"""The ``grokpat`` command line.

Start-up discipline: this module imports only click and the light parts of the
problem model. Hypothesis is imported by ``validate`` and ``judge`` only, Jinja2 by
``start`` only, Textual only to open the TUI. Every error a user can cause is one
line on stderr and exit status 2 (see ``GrokpatGroup.main``).
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from grokpat import __version__
from grokpat.errors import UserError
from judge.errors import JudgeError
from judge.stopping import STOP, Cancelled, request_stop
from problems.errors import ContentError

EXIT_USAGE = 2


class GrokpatGroup(click.Group):
    """A click group whose errors are one clear line and exit status 2, never a traceback."""

    def main(self, args: Any = None, prog_name: str | None = None, complete_var: str | None = None, standalone_mode: bool = True, **extra: Any) -> Any:
        if standalone_mode:
            _end_cleanly_on_signals()
        try:
            rv = super().main(args, prog_name or "grokpat", complete_var, standalone_mode=False, **extra)
        except click.ClickException as exc:
            _fail(exc.format_message())
        except (UserError, ContentError) as exc:
            _fail(str(exc))
        except JudgeError as exc:  # the judge's own failure: one line, never a traceback, never a verdict
            _fail(f"the judge could not judge: {exc}")
        except click.Abort:
            click.echo("grokpat: aborted", err=True)
            sys.exit(130)
        except KeyboardInterrupt:
            click.echo("grokpat: interrupted", err=True)
            sys.exit(130)
        except Terminated as exc:
            click.echo(f"grokpat: stopped by {exc.name}", err=True)
            sys.exit(128 + exc.signum)
        except Cancelled:  # a stop whose exception was lost: the judge saw the flag instead
            signum = _stopped_by or signal.SIGINT
            click.echo("grokpat: interrupted" if signum == signal.SIGINT else f"grokpat: stopped by {signal.Signals(signum).name}", err=True)
            sys.exit(130 if signum == signal.SIGINT else 128 + signum)
        except BrokenPipeError:
            sys.stderr.close()  # `grokpat list | head`: the reader left, nothing to say
            sys.exit(0)
        code = rv if isinstance(rv, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code


class Terminated(BaseException):
    """SIGTERM or SIGHUP: unwind like Ctrl-C, so that every sandbox is ended on the way out."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum
        self.name = signal.Signals(signum).name


_stopped_by: int | None = None  # the signal that told this process to stop


def _end_cleanly_on_signals() -> None:
    """Ctrl-C, SIGTERM, SIGHUP: unwind (every sandbox ended on the way out). The flag is
    set first, for a stop whose exception Python swallows (``judge.stopping``)."""

    def handler(signum: int, frame: object) -> None:
        global _stopped_by
        if _stopped_by is not None:
            return  # already unwinding: a second signal must not cut its cleanup short (the flag ends any wait)
        _stopped_by = signum
        request_stop()
        if signum == signal.SIGINT:
            raise KeyboardInterrupt
        raise Terminated(signum)

    for sig in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, handler)
    sys.unraisablehook = _quiet_about_lost_stops


def _quiet_about_lost_stops(unraisable: Any) -> None:
    """A stop raised where Python can only ignore it (a garbage-collector callback) is no
    error to print: the flag it set ends the work all the same."""
    if isinstance(unraisable.exc_value, (KeyboardInterrupt, SystemExit, Terminated)) and STOP.is_set():
        return
    sys.__unraisablehook__(unraisable)


def _fail(message: str) -> NoReturn:
    click.echo(f"grokpat: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


def _echo_json(value: Any) -> None:
    """One JSON document; a lone surrogate (a solution's print) is escaped, never a crash."""
    text = json.dumps(value, ensure_ascii=False)
    click.echo(text.encode("utf-8", "backslashreplace").decode("utf-8"))


def _catalog() -> Any:
    """The catalog, from its index; a broken file is one warning line (the rest stays usable)."""
    from problems.index import load_index

    catalog = load_index()
    for error in catalog.errors[:3]:
        click.echo(f"grokpat: warning: skipped {error}", err=True)
    if len(catalog.errors) > 3:
        click.echo(f"grokpat: warning: {len(catalog.errors) - 3} more broken files; run 'grokpat validate'", err=True)
    return catalog


@contextmanager
def _practice(catalog: Any) -> Iterator[Any]:
    """The learner's practice on their store (a broken store is one clear line, exit 2)."""
    from grokpat.practice import Practice
    from grokpat.store import Store

    with Store() as store:
        practice = Practice(catalog, store)
        from grokpat.mock import Mocks

        Mocks(practice).close_if_over()  # the clock lives in the store: any command after the deadline ends a mock
        yield practice


def _statuses(catalog: Any) -> dict[str, str] | None:
    """Every problem's status, or None (with one warning) when the store cannot be read:
    browsing works without it."""
    from grokpat.store import StoreError, default_path

    if not default_path().exists():
        return {pid: "unseen" for pid in catalog.problems}
    try:
        with _practice(catalog) as practice:
            return practice.statuses()
    except StoreError as exc:
        click.echo(f"grokpat: warning: no progress shown: {exc}", err=True)
        return None


def _find(catalog: Any, problem_id: str) -> Any:
    try:
        return catalog.find(problem_id)
    except KeyError as exc:
        raise UserError(exc.args[0]) from None


def _load(catalog: Any, problem_id: str) -> Any:
    """The whole problem (the index lists it; its file says the rest)."""
    try:
        return catalog.load(problem_id)
    except KeyError as exc:
        raise UserError(exc.args[0]) from None


def _one_problem(problem_id: str) -> tuple[Any, str]:
    """The problem and its pattern's title, for a command that needs that one problem:
    read from its own file when the index vouches for it, else through the catalog."""
    from problems.index import quick_load

    found = quick_load(problem_id)
    if found is not None:
        return found[0], found[1].title
    catalog = _catalog()
    problem = _load(catalog, problem_id)
    return problem, catalog.pattern(problem.pattern).title


@click.group(cls=GrokpatGroup, invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="grokpat")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Practise coding-interview problems by pattern, judged locally.

    Run with no command to open the TUI.
    """
    if ctx.invoked_subcommand is None:
        try:
            from tui.app import run_app
        except ImportError:
            click.echo(ctx.get_help())
            return
        run_app()


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array of pattern objects.")
def patterns(as_json: bool) -> None:
    """The 25 patterns in teaching order, with progress."""
    from grokpat.views import pattern_view

    catalog = _catalog()
    statuses = _statuses(catalog)
    if as_json:
        _echo_json([pattern_view(p, statuses) for p in catalog.patterns])
        return
    from grokpat.render import patterns_table

    click.echo(patterns_table(catalog, statuses))


@cli.command("list")
@click.option("--pattern", "-p", "pattern_id", help="Only this pattern's problems.")
@click.option("--difficulty", "-d", type=click.Choice(["easy", "medium", "hard"]), help="Only this difficulty.")
@click.option("--status", "-s", type=click.Choice(["solved", "attempted", "unseen", "due"]), help="Only problems with this status.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of problem objects.")
def list_problems(pattern_id: str | None, difficulty: str | None, status: str | None, as_json: bool) -> None:
    """Problems, in teaching order, with your status on each."""
    from grokpat.views import problem_view

    catalog = _catalog()
    if pattern_id and not catalog.pattern(pattern_id):
        raise UserError(f"unknown pattern {pattern_id!r} (see 'grokpat patterns')")
    statuses = _statuses(catalog)
    if status and statuses is None:
        raise UserError("--status needs the progress store, which cannot be read (see the warning above)")
    problems = [
        p
        for p in catalog.ordered_problems()
        if (not pattern_id or p.pattern == pattern_id) and (not difficulty or p.difficulty == difficulty)
        and (not status or (statuses or {}).get(p.id) == status or (status == "solved" and (statuses or {}).get(p.id) == "due"))
    ]
    if as_json:
        _echo_json([problem_view(p, statuses) for p in problems])
        return
    from grokpat.render import problems_table

    if not problems:
        click.echo("No problems match.")
        return
    # a table for a pipe is written plain rather than styled and stripped again (10,000 rows)
    styled = not click.utils.should_strip_ansi(sys.stdout)
    click.echo(problems_table(problems, statuses, styled), color=True if not styled else None)


@cli.command()
@click.argument("problem_id")
@click.option("--json", "as_json", is_flag=True, help="The problem as one JSON object.")
def show(problem_id: str, as_json: bool) -> None:
    """A problem's statement, examples and constraints."""
    problem, pattern_title = _one_problem(problem_id)
    if as_json:
        from grokpat.views import problem_detail

        _echo_json(problem_detail(problem))
        return
    from grokpat.render import problem_page

    click.echo(problem_page(problem, pattern_title))


@cli.command()
@click.argument("problem_id")
@click.option("--dir", "directory", type=click.Path(file_okay=False), help="Workspace folder (default: GROKPAT_WORKSPACE or here).")
@click.option("--edit", is_flag=True, help="Open the file in $VISUAL/$EDITOR.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def start(problem_id: str, directory: str | None, edit: bool, force: bool) -> None:
    """Write a solution file to edit: the statement, the signature, the imports."""
    from grokpat.workspace import workspace_dir, write_solution

    problem, pattern_title = _one_problem(problem_id)
    path = write_solution(problem, pattern_title, workspace_dir(directory), force)
    click.echo(f"wrote {path}")
    click.echo(f"judge it with: grokpat judge {path}")
    if edit:
        click.edit(filename=str(path))


@cli.command()
@click.argument("packs", nargs=-1, type=click.Path())
@click.option("--max-examples", default=100, show_default=True, type=click.IntRange(1), help="Generated inputs per problem for reference vs oracle.")
@click.option("--seed", default=0, show_default=True, type=int, help="Seed for the generated inputs.")
@click.option("--problem", "problem_ids", multiple=True, help="Only this problem (repeatable).")
def validate(packs: tuple[str, ...], max_examples: int, seed: int, problem_ids: tuple[str, ...]) -> None:
    """Check the catalog (or the given packs): schema, examples, reference vs oracle."""
    from problems.catalog import load_catalog
    from problems.validate import validate_problem

    for pack in packs:
        if not Path(pack).is_dir():
            raise UserError(f"no such pack folder: {pack}")
    catalog = load_catalog([Path(p) for p in packs]) if packs else load_catalog()
    roots = [Path(os.path.realpath(p)) for p in packs]

    def selected(path: Path) -> bool:  # realpath, not resolve(): a symlink loop is a content error, not a crash
        return not roots or any(Path(os.path.realpath(path)).is_relative_to(r) for r in roots)

    problems = [p for p in catalog.ordered_problems() if selected(p.yaml_path)]
    if problem_ids:
        problems = [_find(catalog, pid) for pid in problem_ids]
    errors = [e for e in catalog.errors if selected(Path(e.path))]
    for problem in problems:
        errors.extend(validate_problem(problem, max_examples, seed))
    for error in errors:
        click.echo(f"grokpat: error: {error}", err=True)
    if errors:
        click.echo(f"{len(errors)} error(s) in {len(problems)} problem(s)", err=True)
        raise SystemExit(EXIT_USAGE)
    click.echo(f"ok: {len(problems)} problems in {len(catalog.patterns)} patterns")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--problem", "problem_id", help="The problem (default: the file's '# grokpat: ID' line, else its name).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per file, one per line.")
@click.option("--seed", type=int, help="Make the generated inputs repeatable.")
@click.option("--max-examples", default=200, show_default=True, type=click.IntRange(1), help="Generated inputs per file.")
@click.option("--no-complexity", is_flag=True, help="Skip the complexity probe.")
@click.option("--time-limit", default=2.0, show_default=True, type=click.FloatRange(0.1), help="Seconds per case.")
@click.option("--memory-limit", default=512, show_default=True, type=click.IntRange(64), help="Megabytes for the solution.")
@click.option("--no-record", is_flag=True, help="Do not record the judgement in the progress store.")
@click.option("--watch", is_flag=True, help="Judge again on every save of the file, until Ctrl-C.")
@click.option("--jobs", "-j", type=click.IntRange(1), help="Files judged at once (default: one per core).")
def judge(
    files: tuple[str, ...], problem_id: str | None, as_json: bool, seed: int | None, max_examples: int,
    no_complexity: bool, time_limit: float, memory_limit: int, no_record: bool, watch: bool, jobs: int | None,
) -> int:
    """Judge solution files against generated inputs; exit 0 when all are accepted."""
    if watch:
        if len(files) != 1:
            raise UserError("--watch judges one file")
        return _watch(Path(files[0]), problem_id, as_json, seed, max_examples, no_complexity, time_limit, memory_limit, no_record)
    from grokpat.judging import judge_files
    from judge.verdict import Verdict

    catalog = _catalog()
    warned: list[bool] = []
    with ExitStack() as stack:
        # the store is opened before judging starts: a broken store is said at once, not after
        practice = None if no_record else stack.enter_context(_practice(catalog))

        started_at = time.time()

        def on_result(result: dict[str, Any]) -> None:
            if practice is not None:
                practice.record(result, started_at=started_at)
            if as_json:
                _echo_json(result)
            else:
                _print_report(result)
            if sys.stderr.isatty() and not warned:
                from judge.layers import broken

                missing = broken(result.get("sandbox") or [])
                if missing:
                    warned.append(True)
                    click.echo(f"grokpat: warning: on this machine the sandbox cannot keep: {'; '.join(missing)} (see 'grokpat doctor')", err=True)

        options = dict(max_examples=max_examples, seed=seed, complexity=not no_complexity, time_limit=time_limit, memory_mb=memory_limit)
        results = judge_files(
            catalog, [Path(f) for f in files], problem_id, options,
            show_progress=not as_json and sys.stderr.isatty(), on_result=on_result, jobs=jobs,
        )
    if len(results) > 1 and not as_json:
        from grokpat.render import judge_summary

        click.echo(judge_summary(results))
    return 0 if all(r["verdict"] == Verdict.ACCEPTED for r in results) else 1


@cli.command()
@click.argument("problem_id")
@click.option("--all", "every", is_flag=True, help="Every hint that is left.")
@click.option("--anyway", is_flag=True, help="During a mock interview: take it anyway (the problem counts as helped).")
@click.option("--json", "as_json", is_flag=True, help="The hints as one JSON object.")
def hint(problem_id: str, every: bool, anyway: bool, as_json: bool) -> None:
    """The next hint for a problem (recorded: a solve after hints counts as helped)."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        mock_id = Mocks(practice).help_refused(problem_id, anyway)
        problem, fresh, before = practice.take_hints(problem_id, every, mock_id)
    total = len(problem.hints)
    if as_json:
        _echo_json({"id": problem.id, "new": [{"number": n, "text": t} for n, t in fresh], "taken": before + len(fresh), "total": total,
                    "seen": [{"number": n, "text": t} for n, t in enumerate(problem.hints[: before + len(fresh)], 1)]})
        return
    if not fresh:
        click.echo(f"No hints left for {problem.title}: you have seen all {total}.")
        for number, text in enumerate(problem.hints, 1):
            click.echo(f"  {number}. {text}")
        return
    for number, text in fresh:
        click.echo(click.style(f"Hint {number} of {total}", bold=True) + f"  [{problem.id}]")
        click.echo(f"  {text}")
    left = total - before - len(fresh)
    if left:
        click.echo(click.style(f"{left} more: grokpat hint {problem.id}", dim=True))


@cli.command()
@click.argument("problem_id")
@click.option("--yes", "-y", is_flag=True, help="Show it without asking, even before you have solved the problem (a give-up).")
@click.option("--anyway", is_flag=True, help="During a mock interview: show it anyway (the problem counts as helped).")
@click.option("--json", "as_json", is_flag=True, help="The reference as one JSON object.")
def solution(problem_id: str, yes: bool, anyway: bool, as_json: bool) -> None:
    """The reference solution, explained; before you solve the problem it counts as a give-up."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        mock_id = Mocks(practice).help_refused(problem_id, anyway)
        problem = practice.find(problem_id)
        if not practice.solved(problem.id) and not yes:
            if not sys.stdin.isatty():
                raise UserError(f"you have not solved {problem.id} yet: showing the reference is a give-up (it comes back for review soon); pass --yes")
            click.confirm(f"You have not solved {problem.title} yet. Seeing the reference counts as a give-up, and the problem comes back for review soon. Show it?", abort=True)
        shown = practice.reveal(problem.id, mock_id)
    if as_json:
        _echo_json({"id": shown.problem.id, "source": shown.source, "explanation": shown.explanation, "give_up": shown.recorded})
        return
    from grokpat.render import reveal_page

    click.echo(reveal_page(shown))


@cli.command()
@click.option("--pattern", "-p", "pattern_id", help="One pattern's history of first encounters.")
@click.option("--json", "as_json", is_flag=True, help="The figures as one JSON object.")
def stats(pattern_id: str | None, as_json: bool) -> None:
    """Progress per pattern: solved, grok score, retention, reviews due, streak."""
    from grokpat.views import stats_view

    catalog = _catalog()
    if pattern_id and not catalog.pattern(pattern_id):
        raise UserError(f"unknown pattern {pattern_id!r} (see 'grokpat patterns')")
    with _practice(catalog) as practice:
        figures = practice.stats()
    if as_json:
        view = stats_view(figures)
        if pattern_id:
            view["history"] = next(h for h in stats_view(figures, history=True)["patterns"] if h["id"] == pattern_id)["history"]
        _echo_json(view)
        return
    from grokpat.render import pattern_history, stats_page

    click.echo(stats_page(figures) if not pattern_id else pattern_history(figures, catalog, pattern_id))


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON array, most overdue first.")
def review(as_json: bool) -> None:
    """Problems due for review, most overdue first."""
    from grokpat.views import review_view

    catalog = _catalog()
    with _practice(catalog) as practice:
        due = practice.due()
    if as_json:
        _echo_json([review_view(r, catalog) for r in due])
        return
    from grokpat.render import review_table

    click.echo(review_table(due, catalog))


@cli.command("next")
@click.option("--json", "as_json", is_flag=True, help="The suggestion as one JSON object (null when nothing is left).")
@click.option("--start", "start_it", is_flag=True, help="Write its solution file too, as 'grokpat start' does.")
@click.option("--dir", "directory", type=click.Path(file_okay=False), help="Workspace folder for --start.")
def next_problem(as_json: bool, start_it: bool, directory: str | None) -> None:
    """What to practise now, and why, in one line."""
    from grokpat.views import suggestion_view

    catalog = _catalog()
    with _practice(catalog) as practice:
        suggestion = practice.next()
    if as_json:
        _echo_json(suggestion_view(suggestion) if suggestion else None)
    elif suggestion is None:
        click.echo("Nothing left: every problem is solved and no review is due. Try a mock interview: grokpat mock start")
    else:
        click.echo(f"{suggestion.problem.id}  ({suggestion.problem.title}, {suggestion.problem.difficulty}): {suggestion.why}")
    if start_it and suggestion is not None:
        from grokpat.workspace import workspace_dir, write_solution

        pattern = catalog.pattern(suggestion.problem.pattern)
        path = write_solution(_load(catalog, suggestion.problem.id), pattern.title if pattern else "", workspace_dir(directory))
        if not as_json:
            click.echo(f"wrote {path}")


@cli.command()
@click.option("--count", "-n", default=10, show_default=True, type=click.IntRange(1, 100), help="How many statements.")
@click.option("--seconds", "-s", default=30.0, show_default=True, type=click.FloatRange(min=1), help="Time to answer each one.")
@click.option("--pattern", "-p", "patterns", multiple=True, help="Only statements of this pattern (repeatable).")
@click.option("--seed", type=int, help="Make the choice of statements repeatable.")
@click.option("--json", "as_json", is_flag=True, help="The answers as one JSON object at the end.")
def drill(count: int, seconds: float, patterns: tuple[str, ...], seed: int | None, as_json: bool) -> None:
    """Name the pattern of statements shown without it (recorded as recognition)."""
    import random as rnd

    from grokpat.drill import Drill

    catalog = _catalog()
    for pattern_id in patterns:
        if catalog.pattern(pattern_id) is None:
            raise UserError(f"unknown pattern {pattern_id!r} (see 'grokpat patterns')")
    answers = []
    with _practice(catalog) as practice:
        session = Drill(practice, seconds)
        questions = session.choose(count, patterns, rnd.Random(seed))
        cells = [f"{i:>2}. {p.id:<26}" for i, p in enumerate(catalog.patterns, 1)]
        menu = "\n".join("".join(cells[i : i + 4]).rstrip() for i in range(0, len(cells), 4))
        for number, question in enumerate(questions, 1):
            click.echo(click.style(f"\nStatement {number} of {len(questions)}: which pattern? ({seconds:g} s)", bold=True), err=as_json)
            click.echo(question.statement, err=as_json)
            for example in question.examples:
                click.echo(click.style(f"  e.g. {example}", dim=True), err=as_json)
            click.echo(click.style(menu, dim=True), err=as_json)
            started = time.monotonic()
            named = None
            while named is None:
                reply = click.prompt("pattern (number, id or its start; q to stop)", default="", show_default=False, err=as_json)
                if reply.strip().lower() == "q":
                    break
                named = session.parse(reply)
                if named is None and time.monotonic() - started <= seconds:
                    click.echo("not a pattern: type its number, its id or the start of either", err=True)
                elif named is None:
                    break
            if named is None and reply.strip().lower() == "q":
                break
            answer = session.answer(question, named, time.monotonic() - started)
            answers.append(answer)
            truth = catalog.pattern(answer.pattern)
            if answer.correct:
                click.echo(click.style(f"✓ {truth.title}", fg="green"), err=as_json)
            else:
                why = "time ran out" if answer.late else f"you said {answer.named}" if answer.named else "no answer"
                click.echo(click.style(f"✗ {truth.title} ({why})", fg="red"), err=as_json)
    right = sum(a.correct for a in answers)
    if as_json:
        _echo_json({"answers": [a.to_json() for a in answers], "correct": right, "total": len(answers)})
    else:
        click.echo(click.style(f"\n{right} of {len(answers)} recognised. Wrong ones come back sooner: grokpat drill", bold=True))


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--problem", "problem_id", help="The problem (default: the file's '# grokpat: ID' line, else its name).")
@click.option("--input", "input_json", help='One input as a JSON object of the parameters, e.g. \'{"nums": [1, 2], "k": 1}\'.')
@click.option("--example", type=click.IntRange(1), help="Only the statement's example N.")
@click.option("--json", "as_json", is_flag=True, help="The answers as one JSON object.")
@click.option("--time-limit", default=2.0, show_default=True, type=click.FloatRange(0.1), help="Seconds per call.")
def run(file: str, problem_id: str | None, input_json: str | None, example: int | None, as_json: bool, time_limit: float) -> int:
    """Run a solution on one input (or the statement's examples) beside the reference's answer."""
    from grokpat.judging import resolve_one
    from grokpat.running import parse_input, run_solution

    if input_json is not None and example is not None:
        raise UserError("give --input or --example, not both")
    catalog = _catalog()
    path, pid = resolve_one(catalog, Path(file), problem_id)
    problem = _load(catalog, pid)
    if input_json is not None:
        inputs, outputs = [parse_input(problem, input_json)], None
    else:
        chosen = problem.examples if example is None else problem.examples[example - 1 : example]
        if not chosen:
            raise UserError(f"{problem.id} has {len(problem.examples)} examples, not {example}")
        inputs, outputs = [e.input for e in chosen], [e.output for e in chosen]
    result = run_solution(path, problem, inputs, outputs, time_limit)
    if as_json:
        _echo_json(result.to_json())
    else:
        from grokpat.render import run_report

        click.echo(run_report(result))
    return 0 if result.cases and all(c.agree for c in result.cases) and not result.message else 1


@cli.command("export")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="Write to this file (default: standard output).")
def export_store(out: str | None) -> None:
    """The whole progress store as JSON Lines (versioned; import merges it back)."""
    from grokpat.store import Store, export_lines

    with Store() as store:
        lines = list(export_lines(store))
    text = "\n".join(lines) + "\n"
    if out:
        try:
            Path(out).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
        click.echo(f"exported {len(lines) - 1} records to {out}", err=True)
    else:
        click.echo(text, nl=False)


@cli.command("import")
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--json", "as_json", is_flag=True, help="What was added, as one JSON object.")
def import_store(source: str, as_json: bool) -> None:
    """Merge an export into the progress store (what it holds already is skipped)."""
    from grokpat.store import Store, import_lines

    if source == "-":
        text = sys.stdin.read()
    else:
        try:
            text = Path(source).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UserError(f"cannot read {source}: {getattr(exc, 'strerror', None) or exc}") from None
    with Store() as store:
        added = import_lines(store, iter(text.splitlines()), source)
    if as_json:
        _echo_json(added)
    else:
        click.echo("imported " + (", ".join(f"{n} {kind}{'s' if n != 1 else ''}" for kind, n in sorted(added.items())) or "nothing new"))


@cli.command()
@click.option("--html", "as_html", is_flag=True, help="A self-contained HTML page (the default).")
@click.option("--json", "as_json", is_flag=True, help="The report's figures as one JSON object instead.")
@click.option("--out", "out", type=click.Path(dir_okay=False, allow_dash=True), default="grokpat-report.html", show_default=True,
              help="Where the page is written ('-': standard output).")
def report(as_html: bool, as_json: bool, out: str) -> None:
    """Your progress as one page to keep or share: patterns, grok curves, mocks, latest judgements."""
    from grokpat.report import render_html, report_data

    if as_html and as_json:
        raise UserError("--html and --json: choose one")
    catalog = _catalog()
    with _practice(catalog) as practice:
        data = report_data(practice, time.time())
    if as_json:
        _echo_json(data)
        return
    page = render_html(data)
    if out == "-":
        click.echo(page, nl=False)
        return
    target = Path(out)
    try:
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(page, encoding="utf-8")
        os.replace(tmp, target)
    except OSError as exc:
        raise UserError(f"cannot write {out}: {exc.strerror or exc}") from None
    click.echo(f"wrote {target}")


@cli.group()
def mock() -> None:
    """Timed mock interviews on problems you have not seen, the pattern never said."""


@mock.command("start")
@click.option("--minutes", default=45.0, show_default=True, type=click.FloatRange(min=1), help="The length of the interview.")
@click.option("--problems", "count", default=2, show_default=True, type=click.IntRange(1, 10), help="How many problems.")
@click.option("--pattern", "-p", "patterns", multiple=True, help="Only from this pattern (repeatable).")
@click.option("--difficulty", "-d", type=click.Choice(["easy", "medium", "hard"]), help="Only this difficulty.")
@click.option("--dir", "directory", type=click.Path(file_okay=False), help="Where to write the files (default: the workspace).")
@click.option("--seed", type=int, help="Make the choice of problems repeatable.")
@click.option("--json", "as_json", is_flag=True, help="The session as one JSON object.")
def mock_start(minutes: float, count: int, patterns: tuple[str, ...], difficulty: str | None, directory: str | None, seed: int | None, as_json: bool) -> None:
    """Start a mock interview: write its problems' files; the clock starts now."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        session = Mocks(practice).start(minutes, count, patterns, difficulty, Path(directory) if directory else None, seed)
    if as_json:
        _echo_json(session.to_json())
        return
    click.echo(click.style(f"Mock interview #{session.id}: {len(session.problems)} problems, {minutes:g} minutes. The clock is running.", bold=True))
    for item in session.problems:
        click.echo(f"  {item['title']:<40} {item['file']}")
    click.echo("Name each problem's pattern before you solve it: grokpat mock pattern ID PATTERN; claim its complexity: grokpat mock claim ID 'O(n)'.")
    click.echo("Judge as usual (grokpat judge FILE); hints and the reference are locked until it ends: grokpat mock end")


@mock.command("status")
@click.option("--json", "as_json", is_flag=True, help="The status as one JSON object.")
def mock_status(as_json: bool) -> None:
    """The running mock interview: time left and where each problem stands."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        status = Mocks(practice).status()
    if as_json:
        _echo_json({k: status[k] for k in ("active", "remaining_s", "problems")})
        return
    if not status["active"]:
        click.echo("No mock interview is running (start one: grokpat mock start).")
        return
    minutes, seconds = divmod(int(status["remaining_s"]), 60)
    click.echo(click.style(f"{minutes}:{seconds:02d} left", bold=True))
    for item in status["problems"]:
        click.echo(f"  {item['id']:<40} {item['verdict']:<14} {item['attempts']} judged")


@mock.command("end")
@click.option("--json", "as_json", is_flag=True, help="The report as one JSON object.")
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="Also write the report as Markdown to this file.")
def mock_end(as_json: bool, report_path: str | None) -> None:
    """End the running mock interview and read the interviewer's report."""
    from grokpat.mock import Mocks
    from grokpat.render import mock_report_markdown, mock_report_text

    catalog = _catalog()
    with _practice(catalog) as practice:
        mocks = Mocks(practice)
        report = mocks.end()
        history = mocks.history()
    if report_path:
        try:
            Path(report_path).write_text(mock_report_markdown(report, catalog), encoding="utf-8")
        except OSError as exc:
            raise UserError(f"cannot write {report_path}: {exc.strerror or exc}") from None
    if as_json:
        _echo_json(report)
    else:
        click.echo(mock_report_text(report, catalog, history))


@mock.command("history")
@click.option("--json", "as_json", is_flag=True, help="Every report, oldest first.")
def mock_history(as_json: bool) -> None:
    """Your earlier mock interviews, oldest first."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        reports = Mocks(practice).history()
    if as_json:
        _echo_json(reports)
        return
    if not reports:
        click.echo("No mock interview yet (start one: grokpat mock start).")
    for report in reports:
        solved = sum(p["verdict"] == "accepted" for p in report["problems"])
        click.echo(f"#{report['id']:<4} score {report['score']:5.1f}   {solved}/{len(report['problems'])} solved   {report['duration_s'] / 60:5.1f} min")


@mock.command("pattern")
@click.argument("problem_id")
@click.argument("pattern_id")
def mock_pattern(problem_id: str, pattern_id: str) -> None:
    """Say which pattern fits a mock problem (once, before it is accepted)."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        Mocks(practice).name_pattern(problem_id, pattern_id)
    click.echo(f"noted: {problem_id} is {pattern_id} (you will see if it was right when the interview ends)")


@mock.command("claim")
@click.argument("problem_id")
@click.argument("complexity")
def mock_claim(problem_id: str, complexity: str) -> None:
    """Claim the time complexity of your solution to a mock problem (checked on the accepted run)."""
    from grokpat.mock import Mocks

    catalog = _catalog()
    with _practice(catalog) as practice:
        Mocks(practice).claim(problem_id, complexity)
    click.echo(f"noted: {problem_id} runs in {complexity.strip()}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="The diagnosis as one JSON object.")
def doctor(as_json: bool) -> int:
    """What the judge's sandbox can enforce here, and where things live; exit 1 when a promise cannot be kept."""
    from grokpat.doctor import diagnose

    report = diagnose()
    if as_json:
        _echo_json(report)
    else:
        from grokpat.render import doctor_report

        click.echo(doctor_report(report))
    return 1 if report["broken_promises"] or report["worker"] != "ok" else 0


def _watch(path: Path, problem_id: str | None, as_json: bool, seed: int | None, max_examples: int, no_complexity: bool, time_limit: float, memory_limit: int, no_record: bool) -> int:
    """Judge, then again on every (settled) save, the screen cleared between verdicts."""
    from grokpat.watching import stamp, wait_for_change

    args = [str(path)] + (["--problem", problem_id] if problem_id else []) + (["--json"] if as_json else []) + (["--seed", str(seed)] if seed is not None else [])
    args += ["--max-examples", str(max_examples), "--time-limit", str(time_limit), "--memory-limit", str(memory_limit)]
    args += (["--no-complexity"] if no_complexity else []) + (["--no-record"] if no_record else [])
    seen = stamp(path)
    while True:
        if sys.stdout.isatty():
            click.clear()
        try:
            judge.main(args, prog_name="grokpat judge", standalone_mode=False)
        except (UserError, ContentError, JudgeError, click.ClickException) as exc:
            click.echo(f"grokpat: error: {exc}", err=True)
        click.echo(click.style(f"watching {path} for changes (Ctrl-C to stop)", dim=True), err=True)
        seen = wait_for_change(path, seen, stop=STOP)
        if STOP.is_set():
            raise Cancelled  # told to stop, though the signal's own exception was lost


def _print_report(result: dict[str, Any]) -> None:
    from grokpat.render import judge_report

    click.echo(judge_report(result))


# Commands that only read and print: once their output is flushed, the process ends
# without tearing down what it loaded (at 10,000 problems, freeing it costs a tenth of
# the run). Only from the console script, never under CliRunner in a test process.
FAST_EXIT = {"patterns", "list", "show"}


def main() -> None:
    """Console-script entry point."""
    try:
        cli(prog_name="grokpat")
    except SystemExit as done:
        command = next((arg for arg in sys.argv[1:] if not arg.startswith("-")), None)
        if command in FAST_EXIT and isinstance(done.code, int | None):
            try:
                sys.stdout.flush()
                sys.stderr.flush()
            except (BrokenPipeError, ValueError):
                pass  # a reader that left (`grokpat list | head`): nothing more to say
            os._exit(done.code or 0)
        raise

"""``grokpat judge``: find each file's problem, judge the files (both cores for several).

Usage errors (no such file, unknown or ambiguous problem) are found before any
judging starts. With several files, two processes of our own judge them at once;
they send back JSON text, and each worker they start stays sandboxed as always.
"""

from __future__ import annotations

import json
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from collections.abc import Callable

from grokpat.errors import UserError
from problems.catalog import Catalog
from problems.model import Pattern, Problem


def _resolve(catalog: Catalog, files: list[Path], problem_id: str | None) -> list[tuple[Path, str]]:
    from judge.locate import locate_problem

    pairs = []
    for path in files:
        if not path.is_file():
            raise UserError(f"no such file: {path}")
        try:
            pairs.append((path, locate_problem(path, catalog, problem_id).id))
        except KeyError as exc:
            raise UserError(exc.args[0]) from None
    return pairs


def resolve_one(catalog: Catalog[Any], path: Path, problem_id: str | None) -> tuple[Path, str]:
    """One file and the id of its problem (UserError when either is missing)."""
    return _resolve(catalog, [path], problem_id)[0]


def judge_one(path: str, problem_id: str, options: dict[str, Any], show_progress: bool = False, catalog: Catalog[Any] | None = None) -> str:
    """Judge one file; the result as JSON text (safe to send between processes)."""
    from judge.campaign import JudgeOptions, judge_file
    from judge.progress import ProgressBar
    from problems.index import load_index

    problem = (catalog or load_index()).load(problem_id)
    bar = ProgressBar(Path(path).name) if show_progress else None
    try:
        result = judge_file(Path(path), problem, JudgeOptions(**options), bar)
    finally:
        if bar:
            bar.clear()
    view = result.to_json()
    view["mistake"] = named_mistake(problem, (catalog or load_index()).pattern(problem.pattern), view)
    return json.dumps(view)


def named_mistake(problem: Problem, pattern: Pattern | None, result: dict[str, Any]) -> dict[str, Any] | None:
    """For a wrong answer: the likely mistake its counterexample points at (problems.mistakes)."""
    from problems.mistakes import Case, likely_mistake

    cx = result.get("counterexample")
    if pattern is None or result.get("verdict") != "wrong_answer" or not cx:
        return None
    named = likely_mistake(Case(problem, cx["input"], cx["expected"], cx["actual"], cx.get("reason") or ""), pattern)
    return named.to_json() if named else None


def judge_files(
    catalog: Catalog,
    files: list[Path],
    problem_id: str | None,
    options: dict[str, Any],
    show_progress: bool,
    on_result: Callable[[dict[str, Any]], None],
) -> list[dict[str, Any]]:
    """Judge every file, reporting each result as it arrives (in the order given)."""
    pairs = _resolve(catalog, files, problem_id)
    results: list[dict[str, Any]] = []
    if len(pairs) == 1:
        path, pid = pairs[0]
        results.append(json.loads(judge_one(str(path), pid, options, show_progress, catalog)))
        on_result(results[0])
        return results
    workers = min(len(pairs), max(1, os.cpu_count() or 1), 2)
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_judge_process)
    try:
        futures = [pool.submit(judge_one, str(path), pid, options) for path, pid in pairs]
        for future in futures:
            result = json.loads(future.result())
            results.append(result)
            on_result(result)
    except BaseException:  # Ctrl-C, SIGTERM: the judging processes end their sandboxes and stop
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return results


def _judge_process() -> None:
    """In each judging process: end (and end its sandbox) when told to, or when the CLI dies."""
    import signal

    from judge.confine import die_with_parent

    def stop(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    die_with_parent(signal.SIGTERM)

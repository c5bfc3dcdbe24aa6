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


def judge_one(path: str, problem_id: str, options: dict[str, Any], show_progress: bool = False) -> str:
    """Judge one file; the result as JSON text (safe to send between processes)."""
    from judge.campaign import JudgeOptions, judge_file
    from judge.progress import ProgressBar
    from problems.catalog import load_catalog

    catalog = load_catalog()
    bar = ProgressBar(Path(path).name) if show_progress else None
    try:
        result = judge_file(Path(path), catalog.find(problem_id), JudgeOptions(**options), bar)
    finally:
        if bar:
            bar.clear()
    return json.dumps(result.to_json())


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
        results.append(json.loads(judge_one(str(path), pid, options, show_progress)))
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


def judge_and_record(
    catalog: Catalog,
    path: Path,
    problem_id: str,
    options: dict[str, Any],
    *,
    progress: Callable[[str, int, int], None] | None = None,
    cancel: Any = None,
    store_path: Path | None = None,
    clock: Callable[[], float] | None = None,
) -> tuple[dict[str, Any], str | None]:
    """Judge one file on one problem and record the judgement, as ``grokpat judge FILE`` does:
    (the result's JSON form, None or why it could not be recorded). For a face that judges
    on a thread of its own (the TUI): ``progress(stage, done, total)`` is called on that
    thread, and setting ``cancel`` (a ``threading.Event``) kills the worker at once and
    raises ``judge.client.Cancelled`` (nothing is recorded). The store is opened on the
    calling thread, after the judgement. A ``JudgeError`` is the judge's own failure."""
    import time

    from grokpat.practice import Practice
    from grokpat.store import Store, StoreError
    from judge.campaign import JudgeOptions, judge_file

    if not path.is_file():
        raise UserError(f"no such file: {path}")
    result = judge_file(path, catalog.find(problem_id), JudgeOptions(**options), progress, cancel).to_json()
    try:
        with Store(store_path) as store:
            Practice(catalog, store, clock or time.time).record(result)
    except StoreError as exc:
        return result, str(exc)
    return result, None

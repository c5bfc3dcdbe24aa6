"""``grokpat judge``: find each file's problem, judge the files (on every core for several).

Usage errors (no such file, unknown or ambiguous problem) are found before any
judging starts. With several files, processes of our own judge them at once, one
per core by default, each pinned to its core so that no two complexity probes time
each other (``judge.cores``); they send back JSON text, and each worker they start
stays sandboxed as always.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any
from collections.abc import Callable

from grokpat.errors import UserError
from judge.stopping import Cancelled, stop_requested
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
    if _PROBE_LOCK is not None:
        options = {**options, "probe_lock": _PROBE_LOCK}
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


def default_jobs() -> int:
    """How many files are judged at once unless told: one per core this process may use."""
    from judge.cores import available_cores

    return len(available_cores())


def judge_files(
    catalog: Catalog,
    files: list[Path],
    problem_id: str | None,
    options: dict[str, Any],
    show_progress: bool,
    on_result: Callable[[dict[str, Any]], None],
    jobs: int | None = None,
) -> list[dict[str, Any]]:
    """Judge every file, ``jobs`` at once; each result is reported as it finishes.

    Returns the results in the order the files were given.
    """
    pairs = _resolve(catalog, files, problem_id)
    if len(pairs) == 1 or jobs == 1:
        results = []
        for path, pid in pairs:
            results.append(json.loads(judge_one(str(path), pid, options, show_progress and len(pairs) == 1, catalog)))
            on_result(results[-1])
        return results
    workers = min(len(pairs), jobs or default_jobs())
    fork = multiprocessing.get_context("fork")
    slots: Any = fork.SimpleQueue()
    for slot in range(workers):
        slots.put(slot)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=fork, initializer=_judge_process, initargs=(slots, _locks_folder()))
    done: dict[int, dict[str, Any]] = {}
    try:
        futures = {pool.submit(_judge_in_pool, str(path), pid, options): index for index, (path, pid) in enumerate(pairs)}
        pending = set(futures)
        while pending:
            finished, pending = wait(pending, timeout=STOP_POLL_S, return_when=FIRST_COMPLETED)
            if stop_requested():
                raise Cancelled  # a stop whose own exception was lost (judge.stopping)
            for future in finished:
                result = json.loads(future.result())
                done[futures[future]] = result
                on_result(result)
    except BaseException:  # Ctrl-C, SIGTERM: the judging processes end their sandboxes and stop
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()
        pool.shutdown(wait=True, cancel_futures=True)
        raise
    pool.shutdown()
    return [done[index] for index in range(len(pairs))]


_PROBE_LOCK: str | None = None  # in a judging process: the lock of the core it is pinned to
_STOPPING = False  # in a judging process: told to stop (SIGTERM, SIGHUP, or the CLI died)
STOPPED_STATUS = 143
STOP_POLL_S = 0.1  # how often the CLI looks for a stop while the judging processes work


def _locks_folder() -> str | None:
    """Where the cores' locks live: shared by every grokpat on this machine, so that two
    ``grokpat judge`` runs at once do not probe on one core either (None: no locks)."""
    from problems.index import cache_dir

    folder = cache_dir() / "cores"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(folder)


def _judge_in_pool(path: str, problem_id: str, options: dict[str, Any]) -> str:
    """``judge_one`` in a judging process, which ends for good once told to stop.

    The pool would otherwise catch the ``SystemExit`` of a stop (or lose it, when it lands
    in the pool's own code), report it as the task's error and take the next file.
    """
    if _STOPPING:
        os._exit(STOPPED_STATUS)
    try:
        return judge_one(path, problem_id, options)
    finally:  # the sandbox is closed by now: the campaign's cleanup has run
        if _STOPPING:
            os._exit(STOPPED_STATUS)


def _judge_process(slots: Any, locks: str | None) -> None:
    """In each judging process: take a core of its own; end (and end the sandbox) when told to or when the CLI dies."""
    import signal

    from judge.confine import die_with_parent
    from judge.cores import available_cores, lock_path, pin_to
    from judge.stopping import request_stop

    global _PROBE_LOCK
    cores = available_cores()
    core = cores[slots.get() % len(cores)]
    if pin_to(core) and locks is not None:
        _PROBE_LOCK = str(lock_path(Path(locks), core))

    def stop(signum: int, frame: object) -> None:
        global _STOPPING
        if _STOPPING:
            return  # a second signal (PDEATHSIG comes once per thread of the CLI that ends) must not cut short the cleanup of the first
        _STOPPING = True
        request_stop()  # should the SystemExit be lost, the worker's next poll still ends it
        raise SystemExit(STOPPED_STATUS)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGHUP, stop)
    die_with_parent(signal.SIGTERM)


def judge_and_record(
    catalog: Catalog[Any],
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
    raises ``judge.client.Cancelled`` (nothing is recorded). The result carries the likely
    mistake as the CLI's does. The store is opened on the calling thread, after the
    judgement (a judgement of a running mock's problem counts in the mock, as from the CLI).
    A ``JudgeError`` is the judge's own failure."""
    import time

    from grokpat.practice import Practice
    from grokpat.store import Store, StoreError
    from judge.campaign import JudgeOptions, judge_file

    if not path.is_file():
        raise UserError(f"no such file: {path}")
    now = clock or time.time
    started_at = now()
    try:
        problem = catalog.load(problem_id)
    except KeyError as exc:
        raise UserError(exc.args[0]) from None
    result = judge_file(path, problem, JudgeOptions(**options), progress, cancel).to_json()
    result["mistake"] = named_mistake(problem, catalog.pattern(problem.pattern), result)
    try:
        with Store(store_path) as store:
            Practice(catalog, store, now).record(result, started_at=started_at)
    except StoreError as exc:
        return result, str(exc)
    return result, None

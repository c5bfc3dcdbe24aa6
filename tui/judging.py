"""Judging off the UI loop: one thread per judgement, progress streamed as messages.

``Judges`` (one per app) starts a judgement of a solution file on a Textual thread
worker. The thread calls the application's ``grokpat.judging.judge_and_record`` (the
same judge and the same store as ``grokpat judge``), posts ``JudgeProgress`` while it
runs (cases, then the probe; at most 20 a second) and one message at the end:
``JudgeFinished`` (the result's JSON form, recorded), ``JudgeCancelled`` or
``JudgeFailed`` (the judge's own failure, a missing file, a store that cannot be
used: one clear line). Messages go to the app, which hands them to the screen that
shows that problem, if any.

Cancelling sets the judgement's event: the judge kills its sandboxed worker at once
(its whole process tree) and raises ``Cancelled``; nothing is recorded. One judgement
runs at a time: a new request (a save while judging, another problem) cancels the
one running. Hypothesis is imported here on the first judgement, never before.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.message import Message
from textual.worker import Worker

if TYPE_CHECKING:
    from problems.catalog import Catalog
    from textual.app import App

PROGRESS_EVERY_S = 0.05


class JudgeMessage(Message):
    """Something about the judgement of ``problem_id``'s file (``serial``: which judgement)."""

    def __init__(self, problem_id: str, path: Path, serial: int = 0) -> None:
        super().__init__()
        self.problem_id = problem_id
        self.path = path
        self.serial = serial


class JudgeStarted(JudgeMessage):
    pass


class JudgeProgress(JudgeMessage):
    """``stage`` is testing, shrinking or probing; ``total`` 0 when it is not counted."""

    def __init__(self, problem_id: str, path: Path, stage: str, done: int, total: int, serial: int = 0) -> None:
        super().__init__(problem_id, path, serial)
        self.stage, self.done, self.total = stage, done, total


class JudgeFinished(JudgeMessage):
    """The verdict: the result's JSON form (as ``grokpat judge --json``) and whether it was recorded."""

    def __init__(self, problem_id: str, path: Path, result: dict[str, Any], record_error: str | None, serial: int = 0) -> None:
        super().__init__(problem_id, path, serial)
        self.result, self.record_error = result, record_error


class JudgeCancelled(JudgeMessage):
    pass


class JudgeFailed(JudgeMessage):
    """The judge could not judge (its own failure, or the file is gone): one line."""

    def __init__(self, problem_id: str, path: Path, error: str, serial: int = 0) -> None:
        super().__init__(problem_id, path, serial)
        self.error = error


@dataclass
class Judgement:
    """One judgement in flight."""

    problem_id: str
    path: Path
    serial: int = 0
    cancel: threading.Event = field(default_factory=threading.Event)
    ended: threading.Event = field(default_factory=threading.Event)  # set by the thread as it ends
    worker: Worker[None] | None = None
    stage: str = "starting"
    done: int = 0
    total: int = 0

    @property
    def running(self) -> bool:
        return not self.ended.is_set()


class Judges:
    """The app's judgements: at most one running; the last message of each problem kept."""

    def __init__(self, app: App[Any], catalog: Catalog, options: dict[str, Any], store_path: Path | None, clock: Callable[[], float]) -> None:
        self.app, self.catalog, self.options, self.store_path, self.clock = app, catalog, options, store_path, clock
        self.current: Judgement | None = None
        self.serial = 0
        self.last: dict[str, JudgeMessage] = {}  # problem id -> its last JudgeFinished/Failed/Cancelled

    def running(self, problem_id: str | None = None) -> Judgement | None:
        current = self.current
        if current is None or not current.running or current.cancel.is_set():
            return None
        return current if problem_id is None or current.problem_id == problem_id else None

    def start(self, problem_id: str, path: Path) -> Judgement:
        """Judge ``path`` on ``problem_id`` (cancelling whatever judgement runs)."""
        self.cancel()
        self.serial += 1
        judgement = Judgement(problem_id, path, self.serial)
        self.current = judgement
        self.app.post_message(JudgeStarted(problem_id, path, judgement.serial))
        judgement.worker = self.app.run_worker(
            lambda: self._run(judgement), name=f"judge {problem_id}", group="judge", thread=True, exit_on_error=False
        )
        return judgement

    def is_current(self, message: JudgeMessage) -> bool:
        """A message of the judgement started last (an earlier one, superseded, is not shown);
        serial 0 is a result handed in from elsewhere, always shown."""
        return message.serial == 0 or (self.current is not None and message.serial == self.current.serial)

    def cancel(self, problem_id: str | None = None) -> bool:
        """Cancel the running judgement (of ``problem_id``, if given); True if one was."""
        running = self.running(problem_id)
        if running is None:
            return False
        running.cancel.set()
        return True

    def shutdown(self, wait_s: float = 3.0) -> None:
        """Cancel everything and give the thread a moment to end its sandbox."""
        current = self.current
        if current is None:
            return
        current.cancel.set()
        current.ended.wait(wait_s)

    # --- on the judging thread ------------------------------------------------------------

    def _run(self, judgement: Judgement) -> None:
        from grokpat.errors import UserError
        from grokpat.judging import judge_and_record
        from judge.client import Cancelled
        from judge.errors import JudgeError
        from problems.errors import ContentError

        pid, path, serial = judgement.problem_id, judgement.path, judgement.serial
        last = [0.0]

        def progress(stage: str, done: int, total: int) -> None:
            same_stage = stage == judgement.stage
            judgement.stage, judgement.done, judgement.total = stage, done, total
            now = time.monotonic()
            if same_stage and now - last[0] < PROGRESS_EVERY_S and done != total:
                return
            last[0] = now
            self.app.post_message(JudgeProgress(pid, path, stage, done, total, serial))

        message: JudgeMessage
        try:
            result, record_error = judge_and_record(
                self.catalog, path, pid, self.options, progress=progress, cancel=judgement.cancel, store_path=self.store_path, clock=self.clock
            )
            message = JudgeFinished(pid, path, result, record_error, serial)
        except Cancelled:
            message = JudgeCancelled(pid, path, serial)
        except JudgeError as exc:
            message = JudgeFailed(pid, path, f"the judge could not judge: {exc}", serial)
        except (UserError, ContentError) as exc:
            message = JudgeFailed(pid, path, str(exc), serial)
        except OSError as exc:
            message = JudgeFailed(pid, path, f"cannot judge {path}: {exc.strerror or exc}", serial)
        except Exception as exc:  # never a traceback on the terminal: say it in the app
            message = JudgeFailed(pid, path, f"the judge failed unexpectedly: {type(exc).__name__}: {exc}", serial)
        finally:
            judgement.ended.set()
        self.app.post_message(message)

"""What every screen that works on a solution file shares: the file written and opened in
the learner's editor, judged one key away (and on save), the verdict beside the statement.

The problem screen and a mock interview's problem screen differ in what they show and in
the stub they write (a mock's has no pattern name); the file, the editor, the judge and
the watch are one piece of code, here. A screen lists the bindings it offers from the
constants below (in the order its footer shows them) and calls ``mount_solution`` when
it mounts; it composes a ``#statement-pane`` and a ``VerdictPanel``.
"""

from __future__ import annotations

import asyncio
import shlex
import subprocess
from pathlib import Path

from textual.app import SuspendNotSupported
from textual.binding import Binding

from problems.model import Problem
from tui.judging import JudgeCancelled, JudgeFailed, JudgeFinished, JudgeMessage, JudgeProgress, JudgeStarted
from tui.screens.base import GrokpatScreen
from tui.watching import FileWatch, watch_file
from tui.widgets.verdict import VerdictPanel

EDIT = Binding("e", "edit", "Edit", id="edit")
JUDGE = Binding("j", "judge", "Judge", id="judge")
CANCEL = Binding("c", "cancel_judge", "Cancel judge", id="cancel-judge")
WATCH = Binding("a", "toggle_watch", "Judge on save", id="watch")
WRITE = Binding("w", "write", "Write file", show=False, id="write")
SWITCH = Binding("tab", "switch", "Statement/verdict", show=False, id="switch-pane")
ZOOM = Binding("z", "zoom", "Zoom", show=False, id="zoom")


def shown_path(path: Path) -> str:
    """A path as the learner would type it: relative to here when inside, else with ~."""
    try:
        return "./" + path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        pass
    home = Path.home()
    try:
        return "~/" + path.resolve().relative_to(home.resolve()).as_posix()
    except ValueError:
        return str(path)


class SolutionScreen(GrokpatScreen):
    """A screen on one problem's solution file (``problem``, ``problem_id``, ``path``)."""

    def __init__(self, problem: Problem) -> None:
        super().__init__()
        self.problem = problem
        self.problem_id = problem.id  # the app hands this screen the judgements of this problem
        self._stop_watch: asyncio.Event | None = None
        self.file_watch: FileWatch | None = None

    @property
    def path(self) -> Path:
        return Path(self.gapp.workspace) / self.problem.filename

    def write_stub(self) -> Path:
        """Write the fresh solution file (``grokpat start``'s); a UserError when it cannot."""
        from grokpat.workspace import write_solution

        pattern = self.gapp.catalog.pattern(self.problem.pattern)
        return write_solution(self.problem, pattern.title if pattern else "", Path(self.gapp.workspace))

    def mount_solution(self) -> None:
        """The file line, the last verdict or the judge running, and the watch: on mount."""
        self.file_watch = FileWatch(self.path)
        self._show_file()
        running = self.gapp.judges.running(self.problem_id)
        last = self.gapp.judges.last.get(self.problem_id)
        if running is not None:
            self.query_one(VerdictPanel).show_running(running.stage, running.done, running.total, self._key("cancel-judge", "c"))
        elif last is not None:
            self.judge_event(last)
        if self.gapp.watch_enabled:
            self._start_watching()

    def on_unmount(self) -> None:
        self._stop_watching()

    def _key(self, binding_id: str, default: str) -> str:
        return str(self.gapp.key_for(binding_id, default))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "cancel_judge":
            return self.gapp.judges.running(self.problem_id) is not None
        return super().check_action(action, parameters)

    # --- the solution file ------------------------------------------------------------------

    def _show_file(self) -> None:
        keys = {k: self._key(k, d) for k, d in (("write", "w"), ("edit", "e"), ("watch", "a"), ("judge", "j"))}
        self.query_one(VerdictPanel).show_file(shown_path(self.path), self.path.exists(), self.gapp.watch_enabled, keys)

    def _write(self) -> bool:
        """Write the solution file (never over an existing one)."""
        from grokpat.errors import UserError

        if self.path.exists():
            return True
        try:
            self.write_stub()
        except UserError as exc:
            self.gapp.say(str(exc), "error")
            return False
        if self.file_watch is not None:
            self.file_watch.seen()  # the stub is ours: never judged on its own
        self._show_file()
        if self.gapp.watch_enabled:
            self._start_watching()  # the folder may have just been made
        return True

    def action_write(self) -> None:
        if self.path.exists():
            self.gapp.say(f"{shown_path(self.path)} already exists: {self._key('edit', 'e')} opens it")
            return
        if self._write():
            self.gapp.say(f"wrote {shown_path(self.path)}: edit it here ({self._key('edit', 'e')}) or in any editor; saving it judges it")

    def action_edit(self) -> None:
        from grokpat.paths import editor

        if not self._write():
            return
        command = editor()
        if not command:
            self.gapp.say(f"no editor found: set $VISUAL or $EDITOR, or edit {shown_path(self.path)} in another window (saving it judges it)", "error")
            return
        try:
            argv = shlex.split(command) + [str(self.path)]
        except ValueError as exc:
            self.gapp.say(f"cannot read the editor command {command!r}: {exc}", "error")
            return
        code = self._run_editor(argv)
        if code is None:
            return
        if code != 0:
            self.gapp.say(f"the editor {argv[0]!r} exited with status {code}", "warning")
        self._show_file()
        if self.file_watch is not None and self.file_watch.check() and self.gapp.watch_enabled:
            self._judge()

    def _run_editor(self, argv: list[str]) -> int | None:
        """The editor's exit status, with the app suspended while it runs; None if it could not run."""
        try:
            try:
                with self.app.suspend():
                    return subprocess.run(argv, check=False).returncode
            except SuspendNotSupported:  # no terminal to hand over (a test, a web view): a GUI editor still works
                return subprocess.run(argv, check=False, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
        except FileNotFoundError:
            self.gapp.say(f"the editor {argv[0]!r} was not found: set $VISUAL or $EDITOR to an editor you have", "error")
        except OSError as exc:
            self.gapp.say(f"the editor {argv[0]!r} could not run: {exc.strerror or exc}", "error")
        return None

    # --- judging ------------------------------------------------------------------------------

    def action_judge(self) -> None:
        if not self.path.exists():
            self.gapp.say(f"no solution file yet: {self._key('write', 'w')} writes {shown_path(self.path)}, {self._key('edit', 'e')} writes and edits it", "warning")
            return
        if self.file_watch is not None:
            self.file_watch.seen()
        self._judge()

    def _judge(self) -> None:
        self.gapp.judges.start(self.problem_id, self.path)

    def action_cancel_judge(self) -> None:
        if not self.gapp.judges.cancel(self.problem_id):
            self.gapp.say("no judgement is running")

    def judge_event(self, message: JudgeMessage) -> None:
        """The app hands this screen the judgements of its problem."""
        panel = self.query_one(VerdictPanel)
        cancel = self._key("cancel-judge", "c")
        if isinstance(message, JudgeStarted):
            panel.show_running("starting", 0, 0, cancel)
        elif isinstance(message, JudgeProgress):
            panel.show_running(message.stage, message.done, message.total, cancel)
        elif isinstance(message, JudgeFinished):
            panel.show_result(message.result, message.record_error)
            self.refresh_data()
            if self.app.has_class("-narrow") and self.maximized is None:
                panel.focus()  # stacked panes: the one in focus grows, so the verdict is read whole
        elif isinstance(message, JudgeCancelled):
            panel.show_cancelled()
        elif isinstance(message, JudgeFailed):
            panel.show_failed(message.error)
        self.refresh_bindings()

    # --- judge on save ------------------------------------------------------------------------

    def _start_watching(self) -> None:
        self._stop_watching()
        if self.file_watch is None:
            return
        self._stop_watch = asyncio.Event()
        self.run_worker(self._watch(self.file_watch, self._stop_watch), name="watch", group="watch", exclusive=True, exit_on_error=False)

    async def _watch(self, file_watch: FileWatch, stop: asyncio.Event) -> None:
        try:
            await watch_file(file_watch, self._saved, stop)
        except Exception as exc:  # judge on save cannot work here: say so, the rest works
            self.gapp.say(f"judge on save stopped: cannot watch {shown_path(file_watch.path.parent)}: {exc} (j judges)", "warning")

    def _stop_watching(self) -> None:
        if self._stop_watch is not None:
            self._stop_watch.set()
            self._stop_watch = None
        self.workers.cancel_group(self, "watch")

    def _saved(self) -> None:
        if self.gapp.watch_enabled and self.is_attached:
            self._show_file()
            self._judge()

    def action_toggle_watch(self) -> None:
        self.gapp.watch_enabled = not self.gapp.watch_enabled
        if self.gapp.watch_enabled:
            if self.file_watch is not None:
                self.file_watch.seen()
            self._start_watching()
        else:
            self._stop_watching()
        self._show_file()
        self.gapp.say(f"judge on save: {'on' if self.gapp.watch_enabled else 'off'}")

    # --- panes ---------------------------------------------------------------------------------

    def action_switch(self) -> None:
        statement = self.query_one("#statement-pane")
        panel = self.query_one(VerdictPanel)
        (panel if statement.has_focus else statement).focus()

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        target = self.query_one(VerdictPanel) if self.query_one(VerdictPanel).has_focus else self.query_one("#statement-pane")
        self.maximize(target, container=False)

"""The grokpat TUI: the place to practise in.

The app holds what every screen needs: the catalog, the learner's ``Practice`` on the
progress store (opened on the UI thread; every judgement opens its own on its own
thread), the workspace, the judgements (``tui.judging``) and the keymap. Screens talk
to it and to the application layer (``grokpat.practice``, ``grokpat.workspace``); their
widgets only get data and send messages.

Bindings have ids; ``$GROKPAT_HOME/keymap.toml`` remaps them (``[keymap]`` then
``judge = "ctrl+j"``; see the README). Start-up loads the catalog and the store only:
Hypothesis is imported by the first judgement, Markdown by the first guide.
"""

from __future__ import annotations

import signal
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from tui.commands import CatalogCommands
from tui.judging import JudgeCancelled, JudgeFailed, JudgeFinished, JudgeMessage, Judges
from tui.mocking import TICK_S, MockClock, clock_text

if TYPE_CHECKING:
    from grokpat.practice import Practice
    from grokpat.store import Store
    from problems.catalog import Catalog

# How hard the TUI judges: as `grokpat judge` by default.
DEFAULT_JUDGE_OPTIONS: dict[str, Any] = {"max_examples": 200, "seed": None, "complexity": True, "time_limit": 2.0, "memory_mb": 512}
KEYMAP_FILE = "keymap.toml"
NARROW = 110  # below this many columns, panes stack instead of standing side by side


class GrokpatApp(App[None]):
    """``grokpat`` with no arguments."""

    TITLE = "grokpat"
    SUB_TITLE = "practise by pattern"
    CSS_PATH = "grokpat.tcss"
    COMMANDS = App.COMMANDS | {CatalogCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark,f1", "help", "Help", key_display="?", id="help"),
        Binding("r", "reviews", "Reviews", show=False, id="reviews"),
        Binding("s", "stats", "Stats", show=False, id="stats"),
    ]

    def __init__(
        self,
        catalog: Catalog[Any] | None = None,
        *,
        store_path: Path | None = None,
        clock: Callable[[], float] = time.time,
        workspace: Path | None = None,
        judge_options: dict[str, Any] | None = None,
        watch: bool = True,
    ) -> None:
        super().__init__()
        from grokpat.paths import workspace_dir

        self.clock = clock
        self.store_path = store_path
        self.workspace = workspace if workspace is not None else workspace_dir(None)
        self.watch_enabled = watch  # judge on save, for every problem screen of this session
        self.startup_messages: list[tuple[str, str]] = []  # (severity, text) said once the app runs
        self.messages: list[tuple[str, str]] = []  # (severity, text): everything said to the learner, in order
        self.catalog = catalog if catalog is not None else self._load_catalog()
        self.practice: Practice | None = None
        self.store_error = ""
        self._store: Store | None = None
        self._open_store()
        options = dict(DEFAULT_JUDGE_OPTIONS)
        options.update(judge_options or {})
        self.judges = Judges(self, self.catalog, options, store_path, clock)
        self.mock_clock: MockClock | None = None  # the running mock interview's deadline, followed
        self._load_keymap()

    # --- the application behind the screens ----------------------------------------------

    def _load_catalog(self) -> Catalog[Any]:
        """The catalog from its index (what lists each problem; a problem screen loads the
        whole problem when it opens)."""
        from problems.catalog import Catalog
        from problems.index import load_index

        try:
            catalog = load_index()
        except Exception as exc:  # a pack that cannot even be listed: say it, start empty
            self.startup_messages.append(("error", f"the catalog could not be loaded: {exc}"))
            return Catalog()
        if catalog.errors:
            first = catalog.errors[0]
            more = f" and {len(catalog.errors) - 1} more" if len(catalog.errors) > 1 else ""
            self.startup_messages.append(("warning", f"skipped a broken file: {first}{more} (run 'grokpat validate')"))
        if not catalog.patterns:
            self.startup_messages.append(("error", "no patterns could be loaded: the catalog is empty or broken (run 'grokpat validate')"))
        return catalog

    def _open_store(self) -> None:
        from grokpat.practice import Practice
        from grokpat.store import Store, StoreError

        try:
            self._store = Store(self.store_path)
        except StoreError as exc:
            self.store_error = f"progress is not shown and nothing is recorded: {exc}"
            self.startup_messages.append(("error", self.store_error))
            return
        self.practice = Practice(self.catalog, self._store, self.clock)

    def _load_keymap(self) -> None:
        import tomllib

        from grokpat.paths import data_dir

        path = data_dir() / KEYMAP_FILE
        if not path.is_file():
            return
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            keymap = data.get("keymap", {})
            if not isinstance(keymap, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in keymap.items()):
                raise ValueError("[keymap] must map binding ids to keys, as judge = \"ctrl+j\"")
        except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError is a ValueError
            self.startup_messages.append(("warning", f"{path} was not used: {exc}"))
            return
        self.set_keymap(keymap)

    def store_call(self, what: str, call: Callable[[Practice], Any]) -> Any:
        """Run an operation on the learner's practice; a store that fails is a message, None."""
        from grokpat.errors import UserError

        if self.practice is None:
            self.say(f"cannot {what}: {self.store_error}", "error")
            return None
        try:
            return call(self.practice)
        except UserError as exc:
            self.say(f"cannot {what}: {exc}", "error")
            return None

    def say(self, text: str, severity: str = "information", title: str = "", timeout: float | None = None) -> None:
        """A message for the learner: a notification, and the status line of the screen."""
        self.messages.append((severity, text))
        if timeout is None:
            timeout = 8 if severity != "information" else 4
        self.notify(text, title=title, severity=severity, timeout=timeout, markup=False)  # type: ignore[arg-type]

    def key_for(self, binding_id: str, default: str) -> str:
        """The key a binding id has now (after the keymap), as shown in the footer."""
        key = self._keymap.get(binding_id, default) if hasattr(self, "_keymap") else default
        return self.get_key_display(Binding(key.split(",")[0], ""))

    # --- start and end ---------------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        from tui.screens.home import HomeScreen

        return HomeScreen()

    def on_mount(self) -> None:
        import asyncio

        self.on_resize()

        for severity, text in self.startup_messages:
            self.messages.append((severity, text))
            self.notify(text, severity=severity, timeout=12, markup=False)  # type: ignore[arg-type]
        self.follow_mock()  # one started from the CLI is running: home says so, m resumes it
        self.set_interval(TICK_S, self._mock_tick)
        try:  # SIGTERM, SIGHUP: end like q (the judge's worker killed), never mid-draw
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                loop.add_signal_handler(sig, self._stop_by_signal)
        except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals here
            pass

    def _stop_by_signal(self) -> None:
        self.judges.shutdown(wait_s=0)  # the judging thread kills its worker as it sees this
        self.exit()

    def on_resize(self) -> None:
        self.set_class(self.size.width < NARROW, "-narrow")

    async def action_quit(self) -> None:
        self.judges.shutdown()
        self.exit()

    def on_unmount(self) -> None:
        self.judges.shutdown()
        if self._store is not None:
            self._store.close()

    # --- going places ----------------------------------------------------------------------

    def open_pattern(self, pattern_id: str) -> None:
        from tui.screens.pattern import PatternScreen

        if self.catalog.pattern(pattern_id) is None:
            self.say(f"unknown pattern {pattern_id!r}", "error")
            return
        if self.mock_locked("the patterns' guides are"):
            return
        self.push_screen(PatternScreen(pattern_id))

    def open_problem(self, problem_id: str) -> None:
        from grokpat.mock import Mocks
        from problems.errors import ContentError
        from tui.screens.problem import ProblemScreen

        if self.practice is not None and self.store_call("check for a mock interview", lambda practice: Mocks(practice).mock_of(problem_id)) is not None:
            self.say(f"{problem_id} is a problem of your mock interview: {self.key_for('mock', 'm')} on the home screen opens it there", "warning")
            return
        try:
            problem = self.catalog.load(problem_id)  # the whole problem: statement, examples, hints
        except KeyError as exc:
            self.say(str(exc.args[0]), "error")
            return
        except ContentError as exc:  # its file changed since the index read it, and is broken now
            self.say(f"cannot open {problem_id}: {exc}", "error")
            return
        self.push_screen(ProblemScreen(problem))

    def pattern_choices(self) -> list[tuple[str, str]]:
        """The patterns to pick from (a mock's prompt, a drill): id, ``3. Fast & Slow Pointers``."""
        return [(p.id, f"{p.order:>2}. {p.title}") for p in self.catalog.patterns]

    def action_drill(self) -> None:
        from tui.screens.dialogs import Number, NumbersScreen
        from tui.screens.drill import DrillScreen

        if self.practice is None:
            self.say(f"cannot drill: {self.store_error}", "error")
            return
        if self.mock_locked("the drill is"):
            return

        def start(values: dict[str, int] | None) -> None:
            if values is not None:
                self.push_screen(DrillScreen(values["count"], values["seconds"]))

        self.push_screen(NumbersScreen("A drill: name the pattern of each statement", [Number("count", "Statements", 10, 1, 100), Number("seconds", "Seconds each", 30, 5, 600)]), start)

    # --- a mock interview: the session is the store's, the app follows its deadline ----------

    def mock_locked(self, what: str) -> bool:
        """True, said in one line, while a mock interview runs (asked of the application layer):
        guides, hints, references and drills wait for its end."""
        from grokpat.mock import Mocks

        if self.practice is None or self.store_call("check for a mock interview", lambda practice: Mocks(practice).active()) is None:
            return False
        self.say(f"{what} locked during your mock interview, until it ends ({self.key_for('mock', 'm')} on the home screen resumes it)", "warning")
        return True

    def follow_mock(self) -> Any:
        """Follow the running session's deadline (None when there is none); its store row."""
        from grokpat.mock import Mocks

        row = self.store_call("check for a mock interview", lambda practice: Mocks(practice).active()) if self.practice else None
        if row is None:
            self.mock_clock = None
        elif self.mock_clock is None or self.mock_clock.mock_id != row["id"]:
            self.mock_clock = MockClock.of(row, self.clock())
        return row

    def action_mock(self) -> None:
        """Resume the running mock interview, or choose the minutes and problems of a new one."""
        from tui.screens.dialogs import Number, NumbersScreen
        from tui.screens.mock import MockScreen

        if self.practice is None:
            self.say(f"cannot start a mock interview: {self.store_error}", "error")
            return
        if self.follow_mock() is not None:
            if not isinstance(self.screen, MockScreen):
                self.push_screen(MockScreen())
            return
        numbers = [Number("minutes", "Minutes", 45, 1, 600), Number("problems", "Problems", 2, 1, 10)]
        self.push_screen(NumbersScreen("A mock interview: unseen problems, the pattern never said", numbers), self._start_mock)

    def _start_mock(self, values: dict[str, int] | None) -> None:
        from grokpat.mock import Mocks
        from tui.screens.mock import MockScreen

        if values is None:
            return
        session = self.store_call("start a mock interview", lambda practice: Mocks(practice).start(values["minutes"], values["problems"], directory=Path(self.workspace)))
        if session is None:
            return
        self.mock_clock = MockClock.of(session.to_json(), self.clock())
        self.push_screen(MockScreen())
        self.say(f"Mock interview #{session.id}: {len(session.problems)} problems, {values['minutes']} minutes. The clock is running.")

    def _mock_tick(self) -> None:
        """The countdown redrawn from the app's clock; the warnings; the end noticed."""
        from textual.css.query import NoMatches
        from tui.widgets.countdown import Countdown

        clock = self.mock_clock
        if clock is None:
            return
        now = self.clock()
        if clock.over(now):
            self.finish_mock("Time is up: here is the interviewer's report.")
            return
        minutes = clock.due_warning(now)
        if minutes is not None:
            self.say(f"{minutes} minute{'s' if minutes != 1 else ''} left in your mock interview", "warning")
        for screen in self.screen_stack:
            try:
                countdown = screen.query_one("#mock-clock", Countdown)
            except NoMatches:
                continue
            countdown.show(clock_text(clock.remaining(now)), f"mock interview #{clock.mock_id}", clock.level(now))

    def finish_mock(self, why: str = "") -> None:
        """Close the session through the application layer (at its deadline, or now) and show
        the report: on the mock screen when it is open, else on a new one."""
        from grokpat.mock import Mocks
        from tui.screens.mock import MockScreen

        self.mock_clock = None
        report = self.store_call("end the mock interview", lambda practice: Mocks(practice).end())
        if report is None:
            return
        shown = [screen for screen in self.screen_stack if isinstance(screen, MockScreen)]
        if shown:
            while self.screen is not shown[-1]:
                self.pop_screen()
            shown[-1].show_report(report)
        else:
            self.push_screen(MockScreen(report))
        if why:
            self.say(why)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_reviews(self) -> None:
        from tui.screens.reviews import ReviewsScreen

        if not isinstance(self.screen, ReviewsScreen):
            self.push_screen(ReviewsScreen())

    def action_stats(self) -> None:
        from tui.screens.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_next(self) -> None:
        suggestion = self.store_call("suggest what is next", lambda practice: practice.next())
        if suggestion is not None:
            self.open_problem(suggestion.problem.id)
        elif self.practice is not None:
            self.say("Nothing left: every problem is solved and no review is due.")

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        yield SystemCommand("Next", "Open the problem grokpat suggests now", self.action_next)
        yield SystemCommand("Reviews", "The problems due for review", self.action_reviews)
        yield SystemCommand("Stats", "Progress per pattern, grok history, attempts over time", self.action_stats)
        yield SystemCommand("Help", "Every key of every screen", self.action_help)

    # --- judgements: the app hears them, the screen showing the problem draws them ----------

    @on(JudgeMessage)
    def _judge_message(self, message: JudgeMessage) -> None:
        if not self.judges.is_current(message):
            return  # superseded by a newer judgement (a save while judging): it was cancelled
        if isinstance(message, (JudgeFinished, JudgeFailed, JudgeCancelled)):
            self.judges.last[message.problem_id] = message
        shown = False
        for screen in self.screen_stack:
            handler = getattr(screen, "judge_event", None)
            if callable(handler) and getattr(screen, "problem_id", None) == message.problem_id:
                handler(message)
                shown = screen is self.screen or shown
        if not shown and isinstance(message, (JudgeFinished, JudgeFailed)):
            problem = self.catalog.problems.get(message.problem_id)
            title = problem.title if problem else message.problem_id
            if isinstance(message, JudgeFinished):
                self.say(f"{title}: {message.result['verdict'].replace('_', ' ')}", title="Judged", timeout=8)
            else:
                self.say(f"{title}: {message.error}", "error")
        if isinstance(message, JudgeFinished):
            refresh = getattr(self.screen, "refresh_data", None)
            if callable(refresh) and not hasattr(self.screen, "problem_id"):
                refresh()


def run_app() -> None:
    """Open the TUI (``grokpat`` with no arguments)."""
    app = GrokpatApp()
    app.run()
    app.judges.shutdown()


__all__ = ["GrokpatApp", "run_app"]

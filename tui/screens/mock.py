"""A mock interview: its problems under a countdown that never leaves the screen, the
pattern asked before each one, and the interviewer's report when it ends.

Everything goes through ``grokpat.mock.Mocks``, as ``grokpat mock ...`` does: the
session and its deadline are the store's (the app follows the deadline, warns at 5 and
1 minute, and closes the session through the application layer when it passes); the
files are the session's own stubs (no pattern, no tags); each judgement is recorded by
``grokpat.judging.judge_and_record``, which counts it in the session as ``grokpat
judge`` does. No pattern name or tag of a mock problem is shown until the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from problems.model import Problem
from tui.screens.base import GrokpatScreen
from tui.screens.problem import statement_markdown
from tui.screens.solving import CANCEL, EDIT, JUDGE, SWITCH, WATCH, WRITE, ZOOM, SolutionScreen
from tui.widgets.countdown import Countdown
from tui.widgets.markdown import MarkdownView
from tui.widgets.marks import difficulty_text
from tui.widgets.pane import Pane
from tui.widgets.tables import ProblemRow, ProblemTable
from tui.widgets.verdict import VerdictPanel

NAME = Binding("p", "name_pattern", "Name pattern", id="mock-pattern")
CLAIM = Binding("o", "claim", "Claim O()", id="mock-claim")
SOLVED = ("accepted", "suboptimal")

ABOUT = """\
**The clock is running.** Open a problem (Enter): name its pattern first (it counts only
when named before the first accepted judgement), then write your solution and judge it
(`{judge}`; saving the file judges it too). Claim its time complexity with `{claim}`: it is
checked against the one measured on your accepted run.

Guides, hints and reference solutions are locked until the interview ends: when the
time is up, or when you end it (`{end}`). Leaving this screen changes nothing: the clock
lives in the store, `{mock}` on the home screen comes back here.
"""


def mock_problems(app: Any) -> list[dict[str, Any]] | None:
    """The running session's problems as the learner may see them: id, file, verdict,
    attempts, the pattern they named, the complexity they claimed (None: no session)."""
    from grokpat.mock import Mocks

    def read(practice: Any) -> list[dict[str, Any]] | None:
        mocks = Mocks(practice)
        status = mocks.status()
        if not status["active"]:
            return None
        named = {p["id"]: p for p in mocks.report(status["id"], practice.clock())["problems"]}
        keep = ("pattern_named", "complexity_claimed")
        return [{**p, **{k: named[p["id"]][k] for k in keep}} for p in status["problems"]]

    return app.store_call("read the mock interview", read) if app.practice else None


def ask_pattern(app: Any, problem_id: str, then: Callable[[], None] = lambda: None) -> None:
    """The pattern prompt: the filtered pick list, recorded with ``Mocks.name_pattern``;
    ``then`` runs after (named or skipped)."""
    from grokpat.mock import Mocks
    from tui.screens.dialogs import PickPatternScreen

    title = app.catalog.problems[problem_id].title if problem_id in app.catalog.problems else problem_id

    def named(pattern_id: str | None) -> None:
        if pattern_id is not None:
            def name(practice: Any) -> bool:
                Mocks(practice).name_pattern(problem_id, pattern_id)
                return True

            if app.store_call("record the pattern", name):
                app.say(f"noted: {title} is {app.catalog.pattern(pattern_id).title} (you will see if it was right when the interview ends)")
        then()

    app.push_screen(
        PickPatternScreen(f"Which pattern fits {title}?", app.pattern_choices(), f"Once per problem, before it is accepted. Escape: not now ({app.key_for('mock-pattern', 'p')} names it later)."),
        named,
    )


def ask_claim(app: Any, problem_id: str, then: Callable[[], None] = lambda: None) -> None:
    """The complexity claim, recorded with ``Mocks.claim``."""
    from grokpat.mock import Mocks
    from tui.screens.dialogs import AskScreen

    def claim(practice: Any, text: str) -> bool:
        Mocks(practice).claim(problem_id, text)
        return True

    def claimed(text: str | None) -> None:
        if text and app.store_call("record the claim", lambda practice: claim(practice, text)):
            app.say(f"noted: your solution runs in {text} (checked on the accepted run)")
            then()

    app.push_screen(AskScreen("The time complexity of your solution, in big-O notation:", "O(n log n)"), claimed)


def row_of(app: Any, item: dict[str, Any]) -> ProblemRow:
    """A mock problem as a table row: its level, its verdict so far, what the learner said."""
    problem = app.catalog.problems.get(item["id"])
    verdict = str(item["verdict"])
    status = "solved" if verdict in SOLVED else "unseen" if verdict == "not attempted" else "attempted"
    note = [verdict.replace("_", " "), f"judged {item['attempts']}x"]
    if item.get("pattern_named"):
        named = app.catalog.pattern(item["pattern_named"])
        note.append(f"you named {named.title if named else item['pattern_named']}")
    if item.get("complexity_claimed"):
        note.append(f"claimed {item['complexity_claimed']}")
    return ProblemRow(item["id"], problem.title if problem else item["id"], problem.difficulty if problem else "", status, " · ".join(note))


class MockScreen(GrokpatScreen):
    """The session: its problems and, once it is over, the interviewer's report."""

    BINDINGS: ClassVar[list[BindingType]] = [
        NAME,
        CLAIM,
        Binding("x", "end", "End mock", id="mock-end"),
    ]

    def __init__(self, report: dict[str, Any] | None = None) -> None:
        super().__init__()
        self.report = report  # the report, once the session is over
        self.items: list[dict[str, Any]] = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Countdown(id="mock-clock")
        with Horizontal(id="mock-layout", classes="panes"):
            with Pane(id="mock-problems-pane", classes="pane"):
                yield Static("Problems", id="mock-problems-title", classes="pane-title")
                yield ProblemTable(id="mock-problems")
            with Pane(id="mock-report-pane", classes="pane"):
                keys = {name: self.gapp.key_for(binding, key) for name, binding, key in (
                    ("judge", "judge", "j"), ("claim", "mock-claim", "o"), ("end", "mock-end", "x"), ("mock", "mock", "m"))}
                yield MarkdownView(ABOUT.format(**keys), id="mock-report")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "mock interview"
        self.query_one(ProblemTable).focus()
        if self.report is not None:
            self.show_report(self.report)
        else:
            self.refresh_data()

    def refresh_data(self) -> None:
        if self.report is not None:
            return
        items = mock_problems(self.gapp)
        if items is None:  # over meanwhile (its deadline, or ended from the CLI)
            self.gapp.finish_mock()
            return
        self.items = items
        self.query_one(ProblemTable).show([row_of(self.gapp, item) for item in items])
        solved = sum(item["verdict"] in SOLVED for item in items)
        self.query_one("#mock-problems-title", Static).update(f"Problems  {solved}/{len(items)} solved")

    def show_report(self, report: dict[str, Any]) -> None:
        """The session is over: the report (as ``grokpat mock end --report`` writes it)."""
        from grokpat.render import mock_report_markdown

        self.report = report
        self.sub_title = f"mock interview #{report['id']}: the report"
        self.query_one(Countdown).show("Over", f"mock interview #{report['id']}: score {report['score']:.1f} / 100", "over")
        self.query_one(ProblemTable).show([row_of(self.gapp, item) for item in report["problems"]])
        solved = sum(item["verdict"] in SOLVED for item in report["problems"])
        self.query_one("#mock-problems-title", Static).update(f"Problems  {solved}/{len(report['problems'])} solved")
        self.query_one("#mock-report", MarkdownView).show(mock_report_markdown(report, self.gapp.catalog))
        self.query_one("#mock-problems-pane").display = False  # the report says it all, at full width
        self.query_one("#mock-report-pane").focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("name_pattern", "claim", "end"):
            return self.report is None
        return super().check_action(action, parameters)

    def _current(self) -> str | None:
        return self.query_one(ProblemTable).current_key

    def on_problem_table_chosen(self, message: ProblemTable.Chosen) -> None:
        item = next((i for i in self.items if i["id"] == message.key), None)
        if item is None:
            return
        if item["pattern_named"] is None and item["verdict"] not in SOLVED:
            ask_pattern(self.gapp, item["id"], lambda: self._open(item["id"]))
        else:
            self._open(item["id"])

    def _open(self, problem_id: str) -> None:
        from problems.errors import ContentError

        self.refresh_data()
        item = next((i for i in self.items if i["id"] == problem_id), None)
        if item is None or self.report is not None:
            return
        try:
            problem = self.gapp.catalog.load(problem_id)
        except (KeyError, ContentError) as exc:
            self.gapp.say(f"cannot open {problem_id}: {exc}", "error")
            return
        number = [i["id"] for i in self.items].index(problem_id) + 1
        self.app.push_screen(MockProblemScreen(problem, Path(item["file"]), f"problem {number} of {len(self.items)}"))

    def action_name_pattern(self) -> None:
        key = self._current()
        if key:
            ask_pattern(self.gapp, key, self.refresh_data)

    def action_claim(self) -> None:
        key = self._current()
        if key:
            ask_claim(self.gapp, key, self.refresh_data)

    def action_end(self) -> None:
        from tui.screens.dialogs import ConfirmScreen

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.gapp.finish_mock("You ended the mock interview: here is the report.")

        self.app.push_screen(ConfirmScreen("End the mock interview now? Only what is judged so far counts.", yes="Yes, end it (y)"), confirmed)


class MockProblemScreen(SolutionScreen):
    """A mock's problem: the statement without pattern, tags, hints or target; the session's
    stub; the editor and the judge as on any problem; the countdown above."""

    BINDINGS: ClassVar[list[BindingType]] = [
        EDIT, JUDGE, CANCEL, WATCH, NAME, CLAIM, WRITE, SWITCH, ZOOM,
        Binding("h", "locked('hints are')", show=False, id="hint"),
        Binding("g", "locked('the reference solution is')", show=False, id="give-up"),
    ]

    def __init__(self, problem: Problem, path: Path, where: str) -> None:
        super().__init__(problem)
        self._path, self.where = path, where

    @property
    def path(self) -> Path:
        return self._path

    def write_stub(self) -> Path:
        """The session's stub again (no pattern, no tags), as ``grokpat mock start`` wrote it."""
        from grokpat.workspace import write_solution

        return write_solution(self.problem, "", self._path.parent, mock=True)

    def compose(self) -> ComposeResult:
        yield Header()
        yield Countdown(id="mock-clock")
        with Horizontal(id="problem-layout", classes="panes"):
            with Pane(id="statement-pane", classes="pane"):
                yield Static(id="problem-meta")
                yield MarkdownView(statement_markdown(self.problem, target=False), id="statement")
            yield VerdictPanel(id="verdict", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = f"mock interview: {self.where}"
        self.refresh_data()
        self.mount_solution()
        self.query_one("#statement-pane").focus()

    def refresh_data(self) -> None:
        items = mock_problems(self.gapp) or []
        item = next((i for i in items if i["id"] == self.problem_id), {})
        meta = Text(self.problem.title + "\n", style="bold")
        meta.append_text(difficulty_text(self.app, self.problem.difficulty))
        meta.append(f" · mock {self.where}")
        if item.get("pattern_named"):
            named = self.gapp.catalog.pattern(item["pattern_named"])
            meta.append(f" · you named {named.title if named else item['pattern_named']}")
        else:
            meta.append(f" · pattern not named yet ({self._key('mock-pattern', 'p')})", style="dim")
        if item.get("complexity_claimed"):
            meta.append(f" · claimed {item['complexity_claimed']}")
        self.query_one("#problem-meta", Static).update(meta)

    def action_name_pattern(self) -> None:
        ask_pattern(self.gapp, self.problem_id, self.refresh_data)

    def action_claim(self) -> None:
        ask_claim(self.gapp, self.problem_id, self.refresh_data)

    def action_locked(self, what: str) -> None:
        self.gapp.mock_locked(what)

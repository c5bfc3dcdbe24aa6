"""A problem: the statement, hints one at a time, the solution file in the learner's
editor, and the judge one key away (on save too) with its verdict beside the statement
(the file, the editor and the judge: ``tui.screens.solving``)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Header, Static

from problems.model import Problem
from tui.screens.solving import CANCEL, EDIT, JUDGE, SWITCH, WATCH, WRITE, ZOOM, SolutionScreen, shown_path
from tui.widgets.hints import HintBox
from tui.widgets.markdown import MarkdownView
from tui.widgets.marks import difficulty_text, status_text
from tui.widgets.pane import Pane
from tui.widgets.verdict import VerdictPanel

__all__ = ["ProblemScreen", "shown_path", "statement_markdown"]


def statement_markdown(problem: Problem, target: bool = True) -> str:
    """What ``grokpat show`` prints, as Markdown (without the complexity ``target`` in a
    mock interview: it would say much of the pattern)."""
    parts = [problem.statement.strip(), "## Signature", f"```python\n{problem.signature.source}\n```"]
    for number, example in enumerate(problem.examples, 1):
        call = "\n".join(f"{name} = {value!r}" for name, value in example.input.items())
        block = f"**Example {number}**\n\n```text\n{call}\n-> {example.output!r}\n```"
        if example.explanation:
            block += f"\n\n{example.explanation}"
        parts.append(block)
    if problem.constraints:
        parts += ["## Constraints", "\n".join(f"- {c}" for c in problem.constraints)]
    if problem.complexity and target:
        parts.append(f"**Target**: {problem.complexity.time} time (n: {problem.complexity.n}); the judge times your code as n grows.")
    return "\n\n".join(parts) + "\n"


class ProblemScreen(SolutionScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("h", "hint", "Hint", id="hint"),
        EDIT, JUDGE, CANCEL, WATCH, WRITE, SWITCH, ZOOM,
        Binding("g", "give_up", "Give up", show=False, id="give-up"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="problem-layout", classes="panes"):
            with Pane(id="statement-pane", classes="pane"):
                yield Static(id="problem-meta")
                yield MarkdownView(statement_markdown(self.problem), id="statement")
                yield HintBox(key=self.gapp.key_for("hint", "h"), id="hints")
            yield VerdictPanel(id="verdict", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = self.problem.title
        self.query_one(VerdictPanel).hint_key = self._key("hint", "h")
        self.refresh_data()
        self._show_hints()
        self.mount_solution()
        self.query_one("#statement-pane").focus()

    def refresh_data(self) -> None:
        app = self.gapp
        statuses = app.store_call("read your progress", lambda practice: practice.statuses()) if app.practice else None
        status = (statuses or {}).get(self.problem_id, "unseen")
        problem = self.problem
        pattern = app.catalog.pattern(problem.pattern)
        meta = Text(problem.title + "\n", style="bold")
        meta.append(pattern.title if pattern else problem.pattern, style="bold")
        meta.append(" · ")
        meta.append_text(difficulty_text(self.app, problem.difficulty))
        meta.append(" · ")
        meta.append_text(status_text(self.app, status, word=True))
        self.query_one("#problem-meta", Static).update(meta)

    # --- hints --------------------------------------------------------------------------------

    def _show_hints(self, note: str = "") -> None:
        problem = self.problem
        taken = self.gapp.store_call("read your hints", lambda practice: practice.store.hints_taken(problem.id)) if self.gapp.practice else 0
        shown = list(enumerate(problem.hints, 1))[: taken or 0]
        self.query_one(HintBox).show(shown, len(problem.hints), note)

    def action_hint(self) -> None:
        if self.gapp.mock_locked("hints are"):
            return
        problem = self.problem
        taken = self.gapp.store_call("record the hint", lambda practice: practice.take_hints(problem.id))
        if taken is None:
            return
        _problem, fresh, _before = taken
        self._show_hints("" if fresh else "No hints left: you have seen them all.")
        hints = self.query_one(HintBox)
        self.query_one("#statement-pane", Pane).scroll_to_widget(hints, animate=False)

    # --- giving up -----------------------------------------------------------------------------

    def action_give_up(self) -> None:
        from tui.screens.dialogs import ConfirmScreen, RevealScreen

        app = self.gapp
        if app.mock_locked("the reference solution is"):
            return
        solved = app.store_call("read your progress", lambda practice: practice.solved(self.problem_id))
        if solved is None:
            return

        def reveal(confirmed: bool | None) -> None:
            if not confirmed:
                return
            shown = app.store_call("show the reference", lambda practice: practice.reveal(self.problem_id))
            if shown is not None:
                app.push_screen(RevealScreen(shown))
                self.refresh_data()

        if solved:
            reveal(True)
        else:
            app.push_screen(
                ConfirmScreen(f"You have not solved {self.problem.title} yet. Seeing the reference counts as a give-up, and the problem comes back for review soon. Show it?"),
                reveal,
            )

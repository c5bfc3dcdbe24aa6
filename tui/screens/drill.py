"""The recognition drill: a statement with its title, tags and pattern hidden, a countdown,
and the 25 patterns in a pick list filtered as you type; then right or wrong, and at the
end the score per pattern.

The questions, the blotting and the recording are ``grokpat.drill.Drill``'s, as in
``grokpat drill``: each answer (a late one, or none when the time runs out, is wrong) is
recorded as recognition and reschedules the problem's recognition card. The time is
the app's clock, read on a timer: an answer's seconds are the clock's, never the wall's.
"""

from __future__ import annotations

import random
from typing import Any

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Footer, Header, Static

from tui.mocking import TICK_S, clock_text
from tui.screens.base import GrokpatScreen
from tui.widgets.countdown import Countdown
from tui.widgets.markdown import MarkdownView
from tui.widgets.marks import colour
from tui.widgets.pane import Pane
from tui.widgets.picker import PatternPicker


class DrillScreen(GrokpatScreen):
    """Escape leaves it (the answers given so far are recorded, each as it was given)."""

    def __init__(self, count: int = 10, seconds: float = 30, seed: int | None = None) -> None:
        super().__init__()
        self.count, self.seconds, self.seed = count, seconds, seed
        self.drill: Any = None  # grokpat.drill.Drill, made on mount
        self.questions: list[Any] = []
        self.answers: list[Any] = []
        self.index = 0
        self.asked_at = 0.0
        self.phase = "asking"  # asking | answered | over

    def compose(self) -> ComposeResult:
        yield Header()
        yield Countdown(id="drill-clock")
        with Horizontal(id="drill-layout", classes="panes"):
            with Pane(id="drill-statement-pane", classes="pane"):
                yield Static(id="drill-head", classes="pane-title")
                yield MarkdownView(id="drill-statement")
                yield Static(id="drill-summary")
            with Vertical(id="drill-side", classes="pane"):
                yield Static(id="drill-feedback")
                yield PatternPicker(self.gapp.pattern_choices(), placeholder="which pattern? type to filter, Enter picks", id="drill-picker")
        yield Footer()

    def on_mount(self) -> None:
        from grokpat.drill import Drill

        self.sub_title = "drill: name the pattern"
        app = self.gapp

        def choose(practice: Any) -> tuple[Any, list[Any]]:
            drill = Drill(practice, self.seconds)
            return drill, drill.choose(self.count, (), random.Random(self.seed))

        chosen = app.store_call("choose the statements", choose)
        if not chosen or not chosen[1]:
            self.phase = "over"
            self.query_one("#drill-head", Static).update("Nothing to drill")
            return
        self.drill, self.questions = chosen
        self._ask()
        self.set_interval(TICK_S, self._tick)
        self.query_one(PatternPicker).focus_input()

    @property
    def question(self) -> Any:
        return self.questions[self.index]

    def _ask(self) -> None:
        question = self.question
        self.phase = "asking"
        self.asked_at = self.gapp.clock()
        self.query_one("#drill-head", Static).update(f"Statement {self.index + 1} of {len(self.questions)}: which pattern?")
        examples = "\n".join(f"- `{example}`" for example in question.examples)
        self.query_one("#drill-statement", MarkdownView).show(question.statement.strip() + ("\n\n**Examples**\n\n" + examples if examples else ""))
        self.query_one(PatternPicker).clear()
        self._tick()

    def _tick(self) -> None:
        if self.phase != "asking":
            return
        elapsed = self.gapp.clock() - self.asked_at
        if elapsed > self.seconds:
            self._answer(None, elapsed)
            return
        left = self.seconds - elapsed
        level = "urgent" if left <= 5 else "warn" if left <= self.seconds / 3 else ""
        self.query_one(Countdown).show(clock_text(left), f"statement {self.index + 1} of {len(self.questions)}", level)

    def on_pattern_picker_picked(self, message: PatternPicker.Picked) -> None:
        if self.phase == "answered":
            self._next()
        elif self.phase == "asking":
            if message.pattern_id is None:
                self.gapp.say(f"no pattern matches {message.typed!r}: type less of it")
                return
            self._answer(message.pattern_id, self.gapp.clock() - self.asked_at)

    def _answer(self, named: str | None, seconds: float) -> None:
        question = self.question
        answer = self.gapp.store_call("record the answer", lambda _practice: self.drill.answer(question, named, seconds))
        if answer is None:
            return
        self.answers.append(answer)
        self.phase = "answered"
        catalog = self.gapp.catalog
        truth = catalog.pattern(answer.pattern)
        title = truth.title if truth else answer.pattern
        problem = catalog.problems.get(answer.problem)
        text = Text()
        if answer.correct:
            text.append(f"✓ Right: {title}", style=f"bold {colour(self.app, 'success')}")
        else:
            said = catalog.pattern(answer.named) if answer.named else None
            why = "time ran out" if answer.late else f"you said {said.title if said else answer.named}"
            text.append(f"✗ Wrong ({why}): it was {title}", style=f"bold {colour(self.app, 'error')}")
        if problem is not None:
            text.append(f"\n{problem.title}", style="dim")
        text.append("\nEnter: the next statement" if self.index + 1 < len(self.questions) else "\nEnter: the summary", style="dim")
        self.query_one("#drill-feedback", Static).update(text)
        self.query_one(Countdown).show(clock_text(0 if answer.late else max(0.0, self.seconds - seconds)), "answered", "over" if answer.late else "")

    def _next(self) -> None:
        self.query_one("#drill-feedback", Static).update("")
        if self.index + 1 < len(self.questions):
            self.index += 1
            self._ask()
        else:
            self._summary()

    def _summary(self) -> None:
        """The score, and per pattern: asked, recognised, what it was taken for."""
        self.phase = "over"
        catalog = self.gapp.catalog
        right = sum(a.correct for a in self.answers)
        self.query_one("#drill-head", Static).update(f"Drill over: {right} of {len(self.answers)} recognised")
        table = Table(box=None, pad_edge=False, show_header=True)
        for column in ("pattern", "recognised", "taken for"):
            table.add_column(column)
        per: dict[str, list[Any]] = {}
        for answer in self.answers:
            per.setdefault(answer.pattern, []).append(answer)
        for pattern in catalog.patterns:
            mine = per.get(pattern.id)
            if not mine:
                continue
            taken = sorted({(catalog.pattern(a.named).title if catalog.pattern(a.named) else a.named) if a.named else "no answer" for a in mine if not a.correct})
            table.add_row(pattern.title, f"{sum(a.correct for a in mine)}/{len(mine)}", ", ".join(taken))
        self.query_one("#drill-summary", Static).update(table)
        self.query_one("#drill-statement").display = False
        self.query_one("#drill-side").display = False
        self.query_one(Countdown).show("Done", f"{right} of {len(self.answers)} recognised; wrong ones come back sooner (d drills again)", "over")
        self.query_one("#drill-statement-pane").focus()

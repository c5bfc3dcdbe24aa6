"""Home: the 25 patterns in teaching order with progress, and a summary of today."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.widgets import Footer, Header

from tui.mocking import clock_text
from tui.screens.base import GrokpatScreen
from tui.widgets.tables import PatternRow, PatternTable
from tui.widgets.today import Today, TodayPanel


class HomeScreen(GrokpatScreen):
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", show=False, id="open"),
        Binding("n", "app.next", "Next", id="next"),
        Binding("r", "app.reviews", "Reviews", id="reviews"),
        Binding("s", "app.stats", "Stats", id="stats"),
        Binding("m", "app.mock", "Mock", id="mock"),
        Binding("d", "app.drill", "Drill", id="drill"),
    ]

    def compose(self) -> ComposeResult:
        yield Header()
        yield TodayPanel(id="today")
        yield PatternTable(id="patterns")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "patterns"
        self.refresh_data()
        self.query_one(PatternTable).focus()

    def refresh_data(self) -> None:
        app = self.gapp
        catalog = app.catalog
        figures = app.store_call("read your progress", lambda practice: (practice.stats(), len(practice.due()), practice.next())) if app.practice else None
        rows: list[PatternRow] = []
        if figures is not None:
            stats, due, suggestion = figures
            for pattern, (_title, m) in zip(catalog.patterns, stats.patterns):
                rows.append(PatternRow(pattern.id, pattern.order, pattern.title, m.solved, m.total, m.grok_score, m.grokked, m.due))
            today = Today(
                streak_days=stats.streak_days, due=due, solved=stats.solved, total=len(catalog.problems), attempts=stats.attempts,
                next_title=suggestion.problem.title if suggestion else None, next_difficulty=suggestion.problem.difficulty if suggestion else "",
                next_why=suggestion.why if suggestion else "", next_key=app.key_for("next", "n"),
            )
        else:
            rows = [PatternRow(p.id, p.order, p.title, 0, len(p.problem_ids)) for p in catalog.patterns]
            today = Today(total=len(catalog.problems), warning=app.store_error or "your progress cannot be read", next_key=app.key_for("next", "n"))
        row = app.follow_mock()  # a session running (from here or the CLI): said, one key away
        if row is not None:
            left = max(0.0, row["ends_at"] - app.clock())
            today = Today(**{**today.__dict__, "mock": f"#{row['id']} is running, {clock_text(left)} left", "mock_key": app.key_for("mock", "m")})
        if catalog.errors and not today.warning:
            today = Today(**{**today.__dict__, "warning": f"{len(catalog.errors)} broken file(s) skipped: {catalog.errors[0]} (run 'grokpat validate')"})
        self.query_one(TodayPanel).show(today)
        self.query_one(PatternTable).show(rows)

    def action_open(self) -> None:
        key = self.query_one(PatternTable).current_key
        if key:
            self.gapp.open_pattern(key)

    def on_pattern_table_chosen(self, message: PatternTable.Chosen) -> None:
        self.gapp.open_pattern(message.key)

"""Stats: per-pattern bars, the grok history of the highlighted pattern, attempts over time."""

from __future__ import annotations

import datetime as dt

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import DataTable, Footer, Header, Static

from tui.screens.base import GrokpatScreen
from tui.widgets.pane import Pane
from tui.widgets.progress import Activity, EncounterRow, GrokHistory
from tui.widgets.tables import StatsRow, StatsTable

DAYS = 30


class StatsScreen(GrokpatScreen):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="stats-summary", classes="summary")
        yield StatsTable(id="stats")
        with Horizontal(id="stats-detail"):
            with Pane(id="history-pane", classes="pane"):
                yield GrokHistory(id="history")
            yield Activity(id="activity", classes="pane")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "stats"
        self.refresh_data()
        self.query_one(StatsTable).focus()

    def refresh_data(self) -> None:
        app = self.gapp
        stats = app.store_call("read your stats", lambda practice: practice.stats()) if app.practice else None
        summary = self.query_one("#stats-summary", Static)
        if stats is None:
            summary.update(f"Stats cannot be read: {app.store_error}")
            return
        self.stats = stats
        days = "s" if stats.streak_days != 1 else ""
        summary.update(f"{stats.solved} solved, {stats.attempts} judgements, a streak of {stats.streak_days} day{days}.")
        rows = [
            StatsRow(m.pattern, title, m.solved, m.total, m.grok_score, m.grokked, m.retention, m.due, m.attempts)
            for title, m in stats.patterns
        ]
        self.query_one(StatsTable).show(rows)
        self._show_history()
        self._show_activity()

    def _show_history(self) -> None:
        key = self.query_one(StatsTable).current_key
        stats = getattr(self, "stats", None)
        found = next(((t, m) for t, m in stats.patterns if m.pattern == key), None) if stats is not None else None
        if found is None:
            return
        title, m = found
        catalog = self.gapp.catalog
        rows = []
        for e in m.encounters:
            problem = catalog.problems.get(e.problem)
            rows.append(EncounterRow(problem.title if problem else e.problem, problem.difficulty if problem else "", e.counts, e.cold))
        self.query_one(GrokHistory).show(title, m.solved, m.total, m.grok_score, m.grokked, rows)

    def _show_activity(self) -> None:
        app = self.gapp
        today = dt.datetime.fromtimestamp(app.clock()).date()
        first = today - dt.timedelta(days=DAYS - 1)
        since = dt.datetime.combine(first, dt.time()).timestamp()
        per_day = app.store_call("read your activity", lambda practice: practice.store.attempts_per_day(since)) or []
        counts = {day: (n, ok) for day, n, ok in per_day}
        series = [counts.get((first + dt.timedelta(days=i)).isoformat(), (0, 0))[0] for i in range(DAYS)]
        accepted = sum(ok for _n, ok in counts.values())
        self.query_one(Activity).show(series, accepted, first.isoformat(), today.isoformat())

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_history()

    def on_stats_table_chosen(self, message: StatsTable.Chosen) -> None:
        self.gapp.open_pattern(message.key)

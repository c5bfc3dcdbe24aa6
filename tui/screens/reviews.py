"""Reviews: the solved problems whose review is due, most overdue first; Enter opens one."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Footer, Header, Static

from tui.screens.base import GrokpatScreen
from tui.widgets.tables import ProblemRow, ProblemTable


class ReviewsScreen(GrokpatScreen):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="reviews-summary", classes="summary")
        yield ProblemTable(id="reviews")
        yield Footer()

    def on_mount(self) -> None:
        self.sub_title = "reviews due"
        self.refresh_data()
        self.query_one(ProblemTable).focus()

    def refresh_data(self) -> None:
        app = self.gapp
        due = app.store_call("read your reviews", lambda practice: practice.due()) if app.practice else None
        rows = []
        for review in due or []:
            problem = app.catalog.problems[review.problem]
            pattern = app.catalog.pattern(problem.pattern)
            late = f"{review.overdue_days:.1f} days overdue" if review.overdue_days >= 0.1 else "due now"
            rows.append(ProblemRow(problem.id, problem.title, problem.difficulty, "due", f"{pattern.title if pattern else problem.pattern} · {late}"))
        table = self.query_one(ProblemTable)
        table.show(rows)
        table.display = bool(rows)
        summary = self.query_one("#reviews-summary", Static)
        if due is None:
            summary.update(f"Reviews cannot be read: {app.store_error}")
        elif not rows:
            summary.update("Nothing is due for review. Solved problems come back here when FSRS says it is time.")
        else:
            summary.update(f"{len(rows)} due for review, most overdue first. Solving one again now keeps it; Enter opens it.")

    def on_problem_table_chosen(self, message: ProblemTable.Chosen) -> None:
        self.gapp.open_problem(message.key)

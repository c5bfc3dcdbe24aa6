"""The stats screen's pieces: a pattern's grok history, and attempts over time."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Sparkline, Static

from tui.widgets.marks import colour, percent


@dataclass(frozen=True)
class EncounterRow:
    title: str
    difficulty: str
    counts: bool  # met after the pattern's first solve
    cold: bool | None  # None while unsolved


class GrokHistory(Static):
    """A pattern's first encounters in order: cold, helped or open; the ones that count."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("", **kwargs)
        self._data: tuple[str, int, int, float | None, bool, list[EncounterRow]] = ("", 0, 0, None, False, [])

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._draw())

    def show(self, title: str, solved: int, total: int, grok_score: float | None, grokked: bool, rows: list[EncounterRow]) -> None:
        self._data = (title, solved, total, grok_score, grokked, list(rows))
        self._draw()

    def _draw(self) -> None:
        title, solved, total, grok_score, grokked, rows = self._data
        ok, warn = colour(self.app, "success"), colour(self.app, "warning")
        text = Text()
        text.append(f"{title}", style="bold")
        text.append(f"  {solved}/{total} solved, grok score {percent(grok_score)}")
        if grokked:
            text.append("  grokked ✓", style=f"bold {ok}")
        if not rows:
            text.append("\nnothing met yet", style="dim")
        for row in rows:
            mark, style = ("cold  ", ok) if row.cold else ("helped", warn) if row.cold is False else ("open  ", "dim")
            text.append("\n")
            text.append(mark, style=style)
            text.append(f"  {row.title}")
            text.append(f"  {row.difficulty}", style="dim")
            if not row.counts:
                text.append("  (before your first solve here: not counted)", style="dim")
        text.append(
            "\n\nGrok score: of the problems met after your first solve in a pattern, the share solved cold "
            "(no hint, no reveal). Grokked: the last 3 met were all cold. Kept: reviews right on the first judge.",
            style="dim",
        )
        self.update(text)


class Activity(Vertical):
    """Judgements per day over the last days, as a sparkline, with the totals."""

    DEFAULT_CSS = """
    Activity { height: auto; }
    Activity Sparkline { height: 3; }
    """

    def compose(self) -> ComposeResult:
        yield Static(id="activity-label")
        yield Sparkline([], id="activity-spark")

    def show(self, per_day: list[int], accepted: int, first_day: str, last_day: str) -> None:
        total = sum(per_day)
        text = Text()
        text.append(f"Judgements, last {len(per_day)} days", style="bold")
        text.append(f"  {total} in all, {accepted} accepted, busiest day {max(per_day, default=0)}")
        text.append(f"\n{first_day} … {last_day}", style="dim")
        self.query_one("#activity-label", Static).update(text)
        self.query_one(Sparkline).data = [float(n) for n in per_day]

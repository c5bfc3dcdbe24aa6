"""The home screen's summary of today: streak, reviews due, solved, and what to do next."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.widgets import Static

from tui.widgets.marks import colour


@dataclass(frozen=True)
class Today:
    streak_days: int = 0
    due: int = 0
    solved: int = 0
    total: int = 0
    attempts: int = 0
    next_title: str | None = None  # the suggestion's problem, or None when nothing is left
    next_difficulty: str = ""
    next_why: str = ""
    next_key: str = "n"
    warning: str = ""  # the store cannot be read, a broken pack: said here, in one line
    mock: str = ""  # a mock interview running: which, and the time left
    mock_key: str = "m"


class TodayPanel(Static):
    """A few lines: the figures of today, the suggestion with its key, a mock running, a warning."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self._today = Today()

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._draw())

    def show(self, today: Today) -> None:
        self._today = today
        self._draw()

    def _draw(self) -> None:
        t = self._today
        accent, ok, warn = colour(self.app, "accent"), colour(self.app, "success"), colour(self.app, "warning")
        text = Text()
        text.append("Today  ", style="bold")
        text.append(f"streak {t.streak_days} day{'s' if t.streak_days != 1 else ''}", style=ok if t.streak_days else "")
        text.append("  ·  ")
        text.append(f"{t.due} review{'s' if t.due != 1 else ''} due", style=f"bold {accent}" if t.due else "")
        text.append(f"  ·  {t.solved}/{t.total} solved  ·  {t.attempts} judgement{'s' if t.attempts != 1 else ''}")
        text.append("\nNext   ", style="bold")
        if t.next_title:
            text.append(t.next_title, style=f"bold {accent}")
            if t.next_difficulty:
                text.append(f" ({t.next_difficulty})")
            text.append(f"  press {t.next_key}", style="dim")
            if t.next_why:
                text.append(f"\n{t.next_why}", style="dim")
        else:
            text.append("nothing left: every problem is solved and no review is due", style="dim")
        if t.mock:
            text.append("\nMock   ", style="bold")
            text.append(f"interview {t.mock}", style=f"bold {warn}")
            text.append(f"  press {t.mock_key} to resume it", style="dim")
        if t.warning:
            text.append(f"\n⚠ {t.warning}", style=f"bold {warn}")
        self.update(text)

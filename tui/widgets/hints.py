"""The hints a learner has taken on a problem, one at a time."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.widgets.marks import colour


class HintBox(Static):
    """``Hints (2 of 4 taken)`` and the hints shown so far; empty until the first is taken."""

    def __init__(self, key: str = "h", **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self.key = key
        self._hints: list[tuple[int, str]] = []
        self._total = 0
        self._note = ""

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._draw())

    def show(self, hints: list[tuple[int, str]], total: int, note: str = "") -> None:
        self._hints, self._total, self._note = list(hints), total, note
        self._draw()

    def _draw(self) -> None:
        warn = colour(self.app, "warning")
        text = Text()
        taken = len(self._hints)
        text.append(f"Hints  {taken} of {self._total} taken", style="bold")
        if not self._total:
            text.append("  (this problem has none)", style="dim")
        elif taken < self._total:
            text.append(f"  press {self.key} for the next (a solve after a hint is not cold)", style="dim")
        for number, hint in self._hints:
            text.append(f"\n{number}. ", style=f"bold {warn}")
            text.append(hint)
        if self._note:
            text.append(f"\n{self._note}", style="dim")
        self.update(text)

"""The countdown always in sight on a mock interview's screens and in a drill: the time
left, what it is for, and a style that changes as the end comes near."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

LEVELS = ("warn", "urgent", "over")  # '' is the calm style


class Countdown(Static):
    """One line: ``⏱ 44:59 left`` and a note; the screen hands it the figures on its timer."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", markup=False, **kwargs)  # type: ignore[arg-type]
        self.time_text = ""

    def show(self, time_text: str, note: str = "", level: str = "") -> None:
        """``time_text`` as ``12:34``; ``level`` one of '', warn, urgent, over (a CSS class)."""
        self.time_text = time_text
        for name in LEVELS:
            self.set_class(level == name, f"-{name}")
        text = Text()
        if level == "over":
            text.append(f"⏱ {time_text}", style="bold")
        else:
            text.append(f"⏱ {time_text} left", style="bold")
        if note:
            text.append(f"   {note}")
        self.update(text)

"""Small drawings shared by the widgets: bars, percentages, status and verdict marks,
in the colours of the current theme."""

from __future__ import annotations

from typing import Any

from rich.text import Text

STATUS_MARKS = {"solved": ("✓", "success"), "due": ("↻", "accent"), "attempted": ("…", "warning"), "unseen": ("·", "")}
STATUS_WORDS = {"solved": "solved", "due": "due for review", "attempted": "attempted", "unseen": "not started"}
DIFFICULTY_COLOURS = {"easy": "success", "medium": "warning", "hard": "error"}
VERDICT_MARKS = {
    "accepted": ("✓", "success"),
    "suboptimal": ("◐", "warning"),
    "wrong_answer": ("✗", "error"),
    "runtime_error": ("✗", "error"),
    "time_limit": ("⧗", "error"),
    "memory_limit": ("✗", "error"),
    "compile_error": ("✗", "error"),
}


def colour(app: Any, name: str) -> str:
    """A theme colour (success, warning, error, accent, ...) as a Rich colour; '' stays ''."""
    from textual.color import Color, ColorParseError

    value = app.theme_variables.get(name) if name else None
    if not value:
        return ""
    try:  # a theme may name ANSI colours (ansi_green): Rich spells them its own way
        return str(Color.parse(str(value)).rich_color.name)
    except ColorParseError:
        return ""


def bar(done: int, total: int, width: int = 10) -> str:
    filled = 0 if total <= 0 else round(width * min(done, total) / total)
    return "█" * filled + "░" * (width - filled)


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def status_text(app: Any, status: str, word: bool = False) -> Text:
    """The status mark (✓ … ↻ ·), or with ``word`` the mark and its words."""
    mark, name = STATUS_MARKS.get(status, ("?", ""))
    if word:
        return Text(f"{mark} {STATUS_WORDS.get(status, status)}" if status != "unseen" else STATUS_WORDS["unseen"], style=colour(app, name))
    return Text(mark, style=colour(app, name))


def difficulty_text(app: Any, difficulty: str) -> Text:
    return Text(difficulty, style=colour(app, DIFFICULTY_COLOURS.get(difficulty, "")))


def verdict_text(app: Any, verdict: str) -> Text:
    mark, name = VERDICT_MARKS.get(verdict, ("?", ""))
    return Text(f"{mark} {verdict.replace('_', ' ')}", style=f"bold {colour(app, name)}".strip())


def seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} µs"

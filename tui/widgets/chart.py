"""The complexity curve: the solution's time against the reference's as n grows (log-log)."""

from __future__ import annotations

import math
from typing import Any

from rich.text import Text
from textual.widget import Widget

from tui.widgets.marks import colour, seconds

LABEL = 9  # the width of the time labels on the left


class ComplexityChart(Widget):
    """Drawn from the probe's figures (the ``complexity`` object of a judge result):
    ● your solution, ○ the reference, each point a size n, at the widget's size."""

    DEFAULT_CSS = """
    ComplexityChart { height: 12; min-width: 30; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.figures: dict[str, Any] | None = None
        self.slower = False

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self.refresh())

    def show(self, figures: dict[str, Any] | None, slower: bool = False) -> None:
        self.figures, self.slower = figures, slower
        self.display = bool(figures and figures.get("n"))
        self.refresh()

    def render(self) -> Text:
        figures = self.figures
        if not figures or not figures.get("n"):
            return Text("")
        sizes = [int(n) for n in figures["n"]]
        mine = [float(t) for t in figures.get("solution_s", [])]
        ref = [float(t) for t in figures.get("reference_s", [])]
        width = max(10, self.size.width - LABEL - 2)
        height = max(3, self.size.height - 3)
        times = [t for t in mine + ref if t > 0]
        if not times:
            return Text("no timings", style="dim")
        lo_t, hi_t = math.log10(min(times)), math.log10(max(times))
        lo_n, hi_n = math.log2(max(1, sizes[0])), math.log2(max(1, sizes[-1]))
        grid: list[list[tuple[str, str]]] = [[(" ", "")] * width for _ in range(height)]

        def cell(n: int, t: float) -> tuple[int, int]:
            x = 0 if hi_n == lo_n else round((math.log2(max(1, n)) - lo_n) / (hi_n - lo_n) * (width - 1))
            y = 0 if hi_t == lo_t else round((math.log10(max(t, 1e-12)) - lo_t) / (hi_t - lo_t) * (height - 1))
            return min(max(x, 0), width - 1), height - 1 - min(max(y, 0), height - 1)

        def draw(series: list[float], mark: str, style: str) -> None:
            points = [cell(n, t) for n, t in zip(sizes, series) if t > 0]
            for (x0, y0), (x1, y1) in zip(points, points[1:]):  # a dotted line between the points
                for x in range(x0 + 1, x1):
                    y = round(y0 + (y1 - y0) * (x - x0) / (x1 - x0))
                    if grid[y][x][0] == " ":
                        grid[y][x] = ("·", style)
            for x, y in points:
                grid[y][x] = ("◆", style) if grid[y][x][0] in ("○", "●") and grid[y][x][0] != mark else (mark, style)

        accent = colour(self.app, "primary")  # the reference
        yours = colour(self.app, "warning" if self.slower else "success")
        draw(ref, "○", accent)
        draw(mine, "●", yours)
        text = Text(no_wrap=True, overflow="crop")
        top, bottom = seconds(10**hi_t), seconds(10**lo_t)
        for i, row in enumerate(grid):
            label = top if i == 0 else bottom if i == height - 1 else ""
            text.append(f"{label:>{LABEL - 1}} │", style="dim")
            for char, style in row:
                text.append(char, style=style)
            text.append("\n")
        text.append(" " * LABEL + "└" + "─" * width + "\n", style="dim")
        left, right = f"n = {sizes[0]}", f"{sizes[-1]}"
        text.append(" " * (LABEL + 1) + left + " " * max(1, width - len(left) - len(right)) + right + "\n", style="dim")
        text.append(" " * (LABEL + 1))
        text.append("● yours", style=f"bold {yours}")
        text.append(f" ({figures.get('measured', '?')})   ")
        text.append("○ reference", style=f"bold {accent}")
        text.append(f" ({figures.get('expected', '?')})")
        text.append("   ◆ both", style="dim")
        return text

"""Pictures for the terminal: the complexity probe's timing curves."""

from __future__ import annotations

import math

from judge.verdict import ComplexityReport


def draw_curve(rep: ComplexityReport, width: int = 44, height: int = 10) -> str:
    """A log-log plot of the two timing curves: ● the solution, ○ the reference."""
    times = [t for t in rep.solution_s + rep.reference_s if t > 0]
    if not rep.sizes or not times:
        return ""
    lo_t, hi_t = math.log10(min(times)), math.log10(max(times))
    lo_n, hi_n = math.log2(rep.sizes[0]), math.log2(rep.sizes[-1])
    grid = [[" "] * width for _ in range(height)]

    def place(n: int, t: float, mark: str) -> None:
        x = 0 if hi_n == lo_n else round((math.log2(n) - lo_n) / (hi_n - lo_n) * (width - 1))
        y = 0 if hi_t == lo_t else round((math.log10(max(t, 1e-12)) - lo_t) / (hi_t - lo_t) * (height - 1))
        row = grid[height - 1 - min(max(y, 0), height - 1)]
        x = min(max(x, 0), width - 1)
        row[x] = "◆" if row[x] not in (" ", mark) else mark

    for n, t in zip(rep.sizes, rep.reference_s):
        place(n, t, "○")
    for n, t in zip(rep.sizes, rep.solution_s):
        place(n, t, "●")
    top, bottom = format_seconds(10**hi_t), format_seconds(10**lo_t)
    lines = []
    for i, row in enumerate(grid):
        label = top if i == 0 else bottom if i == height - 1 else ""
        lines.append(f"{label:>8} │{''.join(row)}")
    lines.append(" " * 9 + "└" + "─" * width)
    lines.append(" " * 10 + f"n = {rep.sizes[0]}".ljust(width - 12) + f"{rep.sizes[-1]}")
    lines.append(" " * 10 + f"● yours ({rep.measured})   ○ reference ({rep.expected})")
    return "\n".join(lines)


def format_seconds(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"

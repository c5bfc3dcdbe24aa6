"""The complexity probe: is the solution's time growing faster than the reference's?

Inputs of growing size n run through the solution and the reference in the same
worker, interleaved, best of several runs. The verdict reads the *ratio*
solution/reference as n grows: a machine's speed or load scales both alike, so only a
ratio that keeps growing with n says "worse complexity". A log-log slope of one
curve alone flips on noise here (a linear function measures 0.76 to 1.03 on this kind
of machine), so it is only used to name the measured class once the ratio has spoken.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from typing import Callable

from judge.verdict import ComplexityReport

# Suboptimal when, over at least an 8-fold range of n, the ratio grows at least this
# much and with at least this log-log slope (an O(n log n) against O(n) grows ~1.4x
# over such a range, an O(n^2) against O(n) 8x or more).
MIN_RATIO_GROWTH = 3.0
MIN_RATIO_SLOPE = 0.45
MIN_RANGE = 8
CONFIRM_BELOW = 8.0  # a growth under this is measured a second time before it counts
SMALLEST_N = 8  # a slow solution is probed below the problem's range, down to this
REPEATS = 7
SIZE_BUDGET_S = 0.6  # per size, for solution and reference together
SLOW_CALL_S = 0.4  # stop growing n once one solution call takes this long

CLASSES: list[tuple[str, Callable[[float], float]]] = [
    ("O(1)", lambda n: 1.0),
    ("O(log n)", lambda n: math.log2(n)),
    ("O(√n)", lambda n: math.sqrt(n)),
    ("O(n)", lambda n: n),
    ("O(n log n)", lambda n: n * math.log2(n)),
    ("O(n^1.5)", lambda n: n**1.5),
    ("O(n^2)", lambda n: n**2),
    ("O(n^2 log n)", lambda n: n**2 * math.log2(n)),
    ("O(n^3)", lambda n: n**3),
    ("O(2^n)", lambda n: 2.0 ** min(n, 1000)),
]


@dataclass(frozen=True)
class Measurement:
    n: int
    solution: float
    reference: float

    @property
    def ratio(self) -> float:
        return self.solution / max(self.reference, 1e-9)


def sizes(lo: int, hi: int) -> list[int]:
    """Sizes from lo to hi in half-octave steps (x1.41): more points over the same range
    make the growth estimate robust to one disturbed measurement."""
    out, x = [], float(max(1, lo))
    while round(x) <= hi:
        if not out or round(x) > out[-1]:
            out.append(round(x))
        x *= math.sqrt(2)
    return out


def smaller(n: int) -> int:
    """The next size down, half an octave below."""
    return min(n - 1, round(n / math.sqrt(2)))


def expected_curve(text: str) -> Callable[[float], float]:
    """The growth of a stated complexity in n (unknown factors count as n)."""
    body = re.sub(r"\s+", "", text.split(")")[0].removeprefix("O("))
    body = body.split("per")[0]
    if body in ("1",):
        return CLASSES[0][1]
    if body.startswith("log"):
        return CLASSES[1][1]
    if "2^n" in body:
        return CLASSES[-1][1]
    degree = 3 if "^3" in body else 2 if "^2" in body else 1
    has_log = "log" in body
    return lambda n: n**degree * (math.log2(n) if has_log else 1.0)


def covers_range(points: list[Measurement]) -> bool:
    """Enough sizes over a wide enough range of n to read a growth from."""
    return len(points) >= 4 and points[-1].n >= MIN_RANGE * points[0].n


def robust_slope(points: list[Measurement]) -> float:
    """Theil-Sen: the median of the pairwise log-log slopes of the ratio, so that a few
    disturbed measurements (a burst of load on one size) cannot move it."""
    pairs = sorted(
        math.log(b.ratio / a.ratio) / math.log(b.n / a.n)
        for i, a in enumerate(points)
        for b in points[i + 1 :]
        if b.n > a.n
    )
    if not pairs:
        return 0.0
    mid = len(pairs) // 2
    return pairs[mid] if len(pairs) % 2 else (pairs[mid - 1] + pairs[mid]) / 2


def is_suboptimal(points: list[Measurement]) -> tuple[bool, float]:
    """(verdict, ratio growth): does the ratio solution/reference clearly grow with n?

    The growth is the robust slope carried over the measured range of n: an O(n^2)
    solution against O(n) grows as the range itself (64x over n = 256..16384), an
    O(n log n) one about 1.4x, a constant factor 1x.
    """
    if not covers_range(points):
        return False, 1.0
    s = robust_slope(points)
    growth = (points[-1].n / points[0].n) ** s
    return s >= MIN_RATIO_SLOPE and growth >= MIN_RATIO_GROWTH, growth


def measured_class(points: list[Measurement], expected: str) -> str:
    """The class whose growth relative to the expected one is nearest the measured ratio's."""
    ref_curve = expected_curve(expected)
    lo, hi = points[0].n, points[-1].n
    measured = robust_slope(points)

    def relative_slope(curve: Callable[[float], float]) -> float:
        return math.log((curve(hi) / ref_curve(hi)) / (curve(lo) / ref_curve(lo))) / math.log(hi / lo)

    return min(CLASSES, key=lambda item: abs(relative_slope(item[1]) - measured))[0]


def report(points: list[Measurement], expected: str, note: str = "") -> tuple[bool, ComplexityReport]:
    """The verdict of the probe and what to show of it."""
    slow, growth = is_suboptimal(points)
    measured = measured_class(points, expected) if slow else expected
    if slow and measured == expected:
        measured = f"worse than {expected}"
    return slow, ComplexityReport(
        expected=expected,
        measured=measured,
        sizes=[p.n for p in points],
        solution_s=[p.solution for p in points],
        reference_s=[p.reference for p in points],
        ratio_growth=growth,
        note=note,
    )


def seeded(seed: int | None) -> random.Random:
    return random.Random(0 if seed is None else seed)


def draw_curve(rep: ComplexityReport, width: int = 44, height: int = 10) -> str:
    """A log-log plot of the two timing curves, for the terminal."""
    if not rep.sizes:
        return ""
    times = [t for t in rep.solution_s + rep.reference_s if t > 0]
    lo_t, hi_t = math.log10(min(times)), math.log10(max(times))
    lo_n, hi_n = math.log2(rep.sizes[0]), math.log2(rep.sizes[-1])
    grid = [[" "] * width for _ in range(height)]

    def place(n: int, t: float, mark: str) -> None:
        x = 0 if hi_n == lo_n else round((math.log2(n) - lo_n) / (hi_n - lo_n) * (width - 1))
        y = 0 if hi_t == lo_t else round((math.log10(max(t, 1e-12)) - lo_t) / (hi_t - lo_t) * (height - 1))
        row = grid[height - 1 - y]
        row[x] = "◆" if row[x] not in (" ", mark) else mark

    for n, t in zip(rep.sizes, rep.reference_s):
        place(n, t, "○")
    for n, t in zip(rep.sizes, rep.solution_s):
        place(n, t, "●")
    top, bottom = _fmt_time(10**hi_t), _fmt_time(10**lo_t)
    lines = []
    for i, row in enumerate(grid):
        label = top if i == 0 else bottom if i == height - 1 else ""
        lines.append(f"{label:>8} │{''.join(row)}")
    lines.append(" " * 9 + "└" + "─" * width)
    lines.append(" " * 10 + f"n = {rep.sizes[0]}".ljust(width - 12) + f"{rep.sizes[-1]}")
    lines.append(" " * 10 + f"● yours ({rep.measured})   ○ reference ({rep.expected})")
    return "\n".join(lines)


def _fmt_time(seconds: float) -> str:
    if seconds >= 1:
        return f"{seconds:.2f} s"
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"

"""The complexity probe: is the solution's time growing faster than the reference's?

Inputs of growing size n run through the solution and the reference in the same
worker, interleaved, best of several runs. The decision reads the *ratio*
solution/reference as n grows: a machine's speed or load scales both alike, so only a
ratio that keeps growing with n says "worse complexity". A log-log slope of one curve
alone flips on noise (a linear function measures 0.76 to 1.03 on a 2-core machine),
so it only names the measured class once the ratio has spoken.

This module is the probe as a unit: the size walk (``run_probe``), given a function
that measures one size, and the decision (``decide``), a pure function of the
measurements. It stops as soon as the growth is decided, in either direction.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from enum import Enum
from collections.abc import Callable

from judge.verdict import ComplexityReport

# Suboptimal when, over at least an 8-fold range of n, the ratio grows at least this
# much and with at least this log-log slope (an O(n log n) against O(n) grows ~1.4x
# over such a range, an O(n^2) against O(n) 8x or more).
MIN_RATIO_GROWTH = 3.0
MIN_RATIO_SLOPE = 0.45
MIN_RANGE = 8
MIN_POINTS = 4
CONFIRM_BELOW = 8.0  # a growth under this is measured a second time before it counts
CONFIRM_CALL_S = 0.05  # ... at the sizes whose solution call is shorter than this: a longer
# call is timed well enough by one pass (noise is a few milliseconds), and it is the costly part
# Optimal, decided early, once a 16-fold range shows a flat ratio at both ends, and the walk
# has passed three quarters of the planned range (on a log scale): at small n a call's fixed
# costs can hide a worse growth that only shows further on.
EARLY_RANGE = 16
EARLY_SHARE = 0.75
FLAT_SLOPE = 0.15
TAIL_POINTS = 4
# A curve that only bends at the largest sizes: the tail's own growth.
TAIL_SLOPE = 0.8
TAIL_GROWTH = 2.5
SMALLEST_N = 8  # a slow solution is probed below the problem's range, down to this
REPEATS = 7
SIZE_BUDGET_S = 0.6  # per size, for solution and reference together
# A size's request ends within one solution call (at most the time limit) past its budget,
# the reference's own runs and the first size's warm-up: this, plus the time limit.
REQUEST_S = 2 * SIZE_BUDGET_S + 1.0
SLOW_CALL_S = 0.4  # stop growing n once one solution call takes this long
CLOCK_FLOOR_S = 1e-9  # a time of zero (or less) is read as this: a broken clock decides nothing


class Stop(Enum):
    """Why a size gave no measurement."""

    TOO_SLOW = "too_slow"  # the solution ran out of time at this size
    UNAVAILABLE = "unavailable"  # no point here (below the problem's range), go on without it
    FAILED = "failed"  # the solution failed on the probe's input: the caller has its verdict


class Decision(Enum):
    OPTIMAL = "optimal"
    SUBOPTIMAL = "worse growth"
    UNDECIDED = "undecided"  # not yet enough sizes over a wide enough range
    TIME_LIMIT = "too slow to measure"  # even below the problem's range
    FAILED = "failed"


@dataclass(frozen=True)
class Measurement:
    """Best times of solution and reference at one size (both above the clock's floor)."""

    n: int
    solution: float
    reference: float
    overlapped: bool = False  # taken while the judge was busy with other work: measured again before it counts against the solution

    @classmethod
    def of(cls, n: int, solution: float, reference: float, overlapped: bool = False) -> Measurement | None:
        """A measurement from raw times; None when a time is not a finite number."""
        if not all(isinstance(t, (int, float)) and math.isfinite(t) for t in (solution, reference)):
            return None
        return cls(n, max(float(solution), CLOCK_FLOOR_S), max(float(reference), CLOCK_FLOOR_S), overlapped)

    @property
    def ratio(self) -> float:
        return self.solution / self.reference


@dataclass(frozen=True)
class Reading:
    """What the measurements so far say."""

    decision: Decision
    growth: float = 1.0  # the ratio's growth carried over the measured range
    borderline: bool = False  # suboptimal, but close enough to the line to measure again


@dataclass(frozen=True)
class ProbeResult:
    decision: Decision
    points: tuple[Measurement, ...] = ()
    growth: float = 1.0
    note: str = ""

    def report(self, expected: str) -> ComplexityReport | None:
        """What to show of the probe, when it measured enough to say anything."""
        if self.decision not in (Decision.OPTIMAL, Decision.SUBOPTIMAL):
            return None
        slow = self.decision == Decision.SUBOPTIMAL
        points = list(self.points)
        measured = measured_class(points, expected) if slow else expected
        if slow and measured == expected:
            measured = f"worse than {expected}"
        return ComplexityReport(expected, measured, [p.n for p in points], [p.solution for p in points], [p.reference for p in points], self.growth, self.note)


Measure = Callable[[int, bool], "Measurement | Stop"]  # (n, below the problem's range) -> ...
Progress = Callable[[int, int], None]


# --- the decision ----------------------------------------------------------------------


def covers_range(points: list[Measurement], factor: int = MIN_RANGE) -> bool:
    """Enough sizes over a wide enough range of n to read a growth from."""
    return len(points) >= MIN_POINTS and points[-1].n >= factor * points[0].n


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


def decide(points: list[Measurement], final: bool = True) -> Reading:
    """Read the measurements (in increasing n). ``final``: no more sizes will come, so
    anything not suboptimal is optimal; otherwise optimal only once it is beyond doubt."""
    if not covers_range(points):
        return Reading(Decision.UNDECIDED)
    span = points[-1].n / points[0].n
    slope = robust_slope(points)
    growth = span**slope
    if slope >= MIN_RATIO_SLOPE and growth >= MIN_RATIO_GROWTH:
        return Reading(Decision.SUBOPTIMAL, growth, borderline=growth < CONFIRM_BELOW)
    tail = points[-TAIL_POINTS:]
    tail_slope = robust_slope(tail) if len(tail) >= 3 else 0.0
    tail_growth = (tail[-1].n / tail[0].n) ** tail_slope
    if tail_slope >= TAIL_SLOPE and tail_growth >= TAIL_GROWTH and all(b.ratio > a.ratio for a, b in zip(tail, tail[1:])):
        # the ratio only starts to climb at the largest sizes: a bend, if it is real
        return Reading(Decision.SUBOPTIMAL, max(growth, tail_growth), borderline=True)
    if final or (span >= EARLY_RANGE and abs(slope) < FLAT_SLOPE and tail_slope < 2 * FLAT_SLOPE):
        return Reading(Decision.OPTIMAL, growth)
    return Reading(Decision.UNDECIDED, growth)


# --- the walk --------------------------------------------------------------------------


def sizes(lo: int, hi: int) -> list[int]:
    """Sizes from lo to hi in half-octave steps (x1.41): more points over the same range
    make the growth estimate robust to one disturbed measurement."""
    out: list[int] = []
    x = float(max(1, lo))
    while round(x) <= hi:
        if not out or round(x) > out[-1]:
            out.append(round(x))
        x *= math.sqrt(2)
    return out


def smaller(n: int) -> int:
    """The next size down, half an octave below."""
    return min(n - 1, round(n / math.sqrt(2)))


def run_probe(measure: Measure, lo: int, hi: int, progress: Progress | None = None) -> ProbeResult:
    """Grow n from ``lo`` to ``hi`` until the growth is decided; when the solution got too
    slow before covering a wide enough range, add smaller sizes below the first one."""
    tick = progress or (lambda done, total: None)
    upward = sizes(lo, hi)
    early_from = upward[0] * (upward[-1] / upward[0]) ** EARLY_SHARE
    points: list[Measurement] = []
    note = ""
    timed_out = False
    for i, n in enumerate(upward):
        tick(i, len(upward))
        got = measure(n, False)
        if got is Stop.FAILED:
            return ProbeResult(Decision.FAILED)
        if got is Stop.TOO_SLOW:
            timed_out, note = True, f"at n = {n} one call ran out of time"
            break
        if not isinstance(got, Measurement):
            continue
        points.append(got)
        reading = decide(points, final=False)
        if reading.decision == Decision.SUBOPTIMAL and not reading.borderline:
            break  # beyond doubt: no need to wait for larger n
        if reading.decision == Decision.OPTIMAL and n >= early_from:
            break
        if got.solution > SLOW_CALL_S:
            note = f"stopped at n = {n}: one call took {got.solution:.2f} s"
            break
    n = smaller(points[0].n if points else upward[0])
    while (timed_out or note) and n >= SMALLEST_N and not covers_range(points):
        got = measure(n, True)
        if not isinstance(got, Measurement):
            break
        points.insert(0, got)
        n = smaller(n)
    tick(len(upward), len(upward))
    if not covers_range(points):
        # too slow to be measured over a range wide enough, even below the problem's sizes
        return ProbeResult(Decision.TIME_LIMIT if timed_out or note else Decision.UNDECIDED, tuple(points), note=note)
    reading = decide(points)
    if reading.decision == Decision.SUBOPTIMAL and (reading.borderline or any(p.overlapped for p in points)):
        confirmed = confirm(points, measure, reading.borderline)
        if confirmed is None:
            return ProbeResult(Decision.FAILED, tuple(points))
        points = confirmed
        reading = decide(points)
    return ProbeResult(reading.decision, tuple(points), reading.growth, note)


def confirm(points: list[Measurement], measure: Measure, borderline: bool) -> list[Measurement] | None:
    """A second pass over the sizes in doubt; each keeps the measurement that speaks *for*
    the solution (the higher ratio at small n, the lower at large n), so a 'suboptimal'
    needs both passes to agree. In doubt: every overlapped measurement and, when the
    growth is borderline, every size whose solution call is short (CONFIRM_CALL_S): a
    longer call is timed well by one pass, and it is the costly part."""
    middle = points[len(points) // 2].n
    merged = []
    for old in points:
        if not (old.overlapped or (borderline and old.solution < CONFIRM_CALL_S)):
            merged.append(old)
            continue
        new = measure(old.n, False)
        if new is Stop.FAILED:
            return None
        if not isinstance(new, Measurement):
            merged.append(old)
            continue
        keep_higher = old.n < middle
        merged.append(max(old, new, key=lambda p: p.ratio) if keep_higher else min(old, new, key=lambda p: p.ratio))
    return merged


# --- naming the measured class -----------------------------------------------------------

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


def expected_curve(text: str) -> Callable[[float], float]:
    """The growth of a stated complexity in n (unknown factors count as n)."""
    body = re.sub(r"\s+", "", text.split(")")[0].removeprefix("O("))
    body = body.split("per")[0]
    if body == "1":
        return CLASSES[0][1]
    if body.startswith("log"):
        return CLASSES[1][1]
    if "2^n" in body:
        return CLASSES[-1][1]
    degree = 3 if "^3" in body else 2 if "^2" in body else 1
    has_log = "log" in body
    return lambda n: n**degree * (math.log2(n) if has_log else 1.0)


def measured_class(points: list[Measurement], expected: str) -> str:
    """The class whose growth relative to the expected one is nearest the measured ratio's."""
    ref_curve = expected_curve(expected)
    lo, hi = max(points[0].n, 2), max(points[-1].n, 4)  # log2(1) = 0 would divide by zero
    measured = robust_slope(points)

    def relative_slope(curve: Callable[[float], float]) -> float:
        return math.log((curve(hi) / ref_curve(hi)) / (curve(lo) / ref_curve(lo))) / math.log(hi / lo)

    return min(CLASSES, key=lambda item: abs(relative_slope(item[1]) - measured))[0]

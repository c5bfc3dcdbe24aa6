"""The complexity probe's decision and walk, on made-up timings (no worker, no clock)."""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest

from judge.probe import CONFIRM_CALL_S, Decision, Measurement, Stop, decide, run_probe, sizes

SIZES = sizes(256, 16384)


def points(solution: Callable[[int], float], reference: Callable[[int], float], noise: float = 0.0, seed: int = 0) -> list[Measurement]:
    rng = random.Random(seed)

    def jitter(t: float) -> float:
        return t * (1 + rng.uniform(-noise, noise))

    made = [Measurement.of(n, jitter(solution(n)), jitter(reference(n))) for n in SIZES]
    return [m for m in made if m is not None]


def linear(n: int) -> float:
    return 1e-7 * n


TABLE = [
    ("linear vs linear", lambda n: 1.1e-7 * n, linear, 0.0, Decision.OPTIMAL),
    ("n log n vs n: a log factor is not a worse class here", lambda n: 1e-7 * n * math.log2(n) / 8, linear, 0.0, Decision.OPTIMAL),
    ("quadratic vs linear", lambda n: 1e-9 * n * n, linear, 0.0, Decision.SUBOPTIMAL),
    ("a constant factor of 20, same growth", lambda n: 20 * linear(n), linear, 0.0, Decision.OPTIMAL),
    ("a curve that only bends at the largest sizes", lambda n: linear(n) * (1 + (n / 4096) ** 2 if n > 4096 else 1), linear, 0.0, Decision.SUBOPTIMAL),
    ("cubic vs quadratic", lambda n: 1e-12 * n**3, lambda n: 1e-9 * n * n, 0.0, Decision.SUBOPTIMAL),
    ("zero timings: a broken clock", lambda n: 0.0, lambda n: 0.0, 0.0, Decision.OPTIMAL),
    ("negative timings", lambda n: -1.0, linear, 0.0, Decision.OPTIMAL),
]


@pytest.mark.parametrize("name, solution, reference, noise, want", TABLE, ids=[row[0] for row in TABLE])
def test_decision_table(name: str, solution: Callable[[int], float], reference: Callable[[int], float], noise: float, want: Decision) -> None:
    assert decide(points(solution, reference, noise)).decision == want


@pytest.mark.parametrize("seed", range(30))
def test_linear_with_noise_is_never_suboptimal(seed: int) -> None:
    # every time off by up to 40% either way, independently
    assert decide(points(linear, linear, noise=0.4, seed=seed)).decision == Decision.OPTIMAL


@pytest.mark.parametrize("seed", range(30))
def test_one_disturbed_size_does_not_make_it_suboptimal(seed: int) -> None:
    rng = random.Random(seed)
    made = points(linear, linear)
    hit = rng.randrange(len(made))
    made[hit] = Measurement(made[hit].n, made[hit].solution * 6, made[hit].reference)  # a burst of load on one size
    assert decide(made).decision == Decision.OPTIMAL


def test_quadratic_with_noise_is_suboptimal() -> None:
    for seed in range(20):
        assert decide(points(lambda n: 1e-9 * n * n, linear, noise=0.4, seed=seed)).decision == Decision.SUBOPTIMAL


def test_not_enough_range_is_undecided() -> None:
    few = [Measurement(n, 1e-9 * n * n, linear(n)) for n in (256, 362, 512)]
    assert decide(few).decision == Decision.UNDECIDED


def test_timings_that_are_not_numbers_are_no_measurement() -> None:
    assert Measurement.of(8, float("nan"), 1.0) is None
    assert Measurement.of(8, 1.0, float("inf")) is None
    assert Measurement.of(8, 0.0, -3.0) == Measurement(8, 1e-9, 1e-9)


# --- the walk ----------------------------------------------------------------------------


class Fake:
    """A measure function over made-up timings that counts its calls."""

    def __init__(self, solution: Callable[[int], float], reference: Callable[[int], float] = linear, too_slow_from: int | None = None) -> None:
        self.solution, self.reference, self.too_slow_from = solution, reference, too_slow_from
        self.asked: list[int] = []

    def __call__(self, n: int, quiet: bool) -> Measurement | Stop:
        self.asked.append(n)
        if self.too_slow_from is not None and n >= self.too_slow_from:
            return Stop.TOO_SLOW
        made = Measurement.of(n, self.solution(n), self.reference(n))
        return made if made is not None else Stop.UNAVAILABLE


def test_a_flat_ratio_stops_past_three_quarters_of_the_range() -> None:
    fake = Fake(lambda n: 3 * linear(n))
    result = run_probe(fake, 256, 16384)
    assert result.decision == Decision.OPTIMAL
    assert fake.asked[-1] == 5793 and len(fake.asked) < len(SIZES)


def test_a_growth_hidden_by_fixed_costs_at_small_sizes_is_not_missed() -> None:
    # a slow solution whose fixed costs hide its growth up to n = 32, then it shows
    fake = Fake(lambda n: 1e-6 + 1e-9 * n * n, lambda n: 1.5e-6 + 1e-8 * n)
    assert run_probe(fake, 2, 256).decision == Decision.SUBOPTIMAL


def test_a_clear_growth_stops_early() -> None:
    fake = Fake(lambda n: 1e-9 * n * n)
    result = run_probe(fake, 256, 16384)
    assert result.decision == Decision.SUBOPTIMAL
    assert max(fake.asked) <= 2048
    report = result.report("O(n)")
    assert report is not None and report.measured == "O(n^2)"


def test_a_solution_too_slow_for_the_range_is_probed_below_it() -> None:
    fake = Fake(lambda n: 1e-12 * n**3, too_slow_from=512)
    result = run_probe(fake, 256, 16384)
    assert result.decision == Decision.SUBOPTIMAL
    assert min(fake.asked) < 256


def test_too_slow_everywhere_is_a_time_limit() -> None:
    result = run_probe(Fake(linear, too_slow_from=0), 256, 16384)
    assert result.decision == Decision.TIME_LIMIT


def test_a_borderline_growth_is_measured_twice() -> None:
    fake = Fake(lambda n: linear(n) * (n / 256) ** 0.5)  # growth 4x over 256..4096: over the line, under 8x
    result = run_probe(fake, 256, 4096)
    assert result.decision == Decision.SUBOPTIMAL
    assert len(fake.asked) == 2 * len(sizes(256, 4096))


def test_a_borderline_growth_keeps_the_measurement_of_its_slow_sizes() -> None:
    # growth 4x over 256..4096, and from n = 1024 on a call takes longer than CONFIRM_CALL_S
    fake = Fake(lambda n: 0.06 * (n / 1024) * (n / 256) ** 0.5, lambda n: 1e-7 * n)
    result = run_probe(fake, 256, 4096)
    assert result.decision == Decision.SUBOPTIMAL
    walked = sorted(set(fake.asked))
    slow = [n for n in walked if fake.solution(n) >= CONFIRM_CALL_S]
    assert slow and len(slow) < len(walked)
    for n in walked:
        assert fake.asked.count(n) == (1 if n in slow else 2), n


class Overlapped(Fake):
    """A first pass taken with the machine busy (every measurement overlapped); the second,
    idle, pass follows ``second`` (``None``: the same times again)."""

    def __init__(self, first: Callable[[int], float], second: Callable[[int], float] | None) -> None:
        super().__init__(first)
        self.second = second

    def __call__(self, n: int, quiet: bool) -> Measurement | Stop:
        again = n in self.asked
        self.asked.append(n)
        if not again:
            return Measurement(n, self.solution(n), self.reference(n), overlapped=True)
        return Measurement(n, (self.second or self.solution)(n), self.reference(n))


def test_an_overlapped_growth_is_measured_again_before_it_counts() -> None:
    # busy at the small sizes' first pass: the ratio seemed to grow 9x; idle, it is flat
    fake = Overlapped(lambda n: linear(n) * (n / 256), second=linear)
    assert run_probe(fake, 256, 2048).decision == Decision.OPTIMAL
    assert all(fake.asked.count(n) == 2 for n in sizes(256, 2048))


def test_an_overlapped_growth_confirmed_idle_is_suboptimal() -> None:
    fake = Overlapped(lambda n: linear(n) * (n / 256), second=None)
    assert run_probe(fake, 256, 2048).decision == Decision.SUBOPTIMAL


def test_a_failure_on_the_probe_input_stops_the_walk() -> None:
    calls: list[int] = []

    def failing(n: int, quiet: bool) -> Measurement | Stop:
        calls.append(n)
        return Stop.FAILED

    assert run_probe(failing, 256, 16384).decision == Decision.FAILED
    assert calls == [256]


def test_too_slow_to_measure_over_a_range_is_a_time_limit() -> None:
    # every call takes half a second, from the smallest size on: it cannot be read, and it is slow
    assert run_probe(Fake(lambda n: 0.5 + n * 1e-9), 8, 64).decision == Decision.TIME_LIMIT


def test_the_measured_class_from_sizes_of_one() -> None:
    points = [Measurement(n, 1e-6 * n * n, 1e-6 * n) for n in (1, 2, 3, 4, 6, 8, 11, 16)]
    assert decide(points).decision == Decision.SUBOPTIMAL
    result = run_probe(lambda n, quiet: Measurement(n, 1e-6 * n * n, 1e-6 * n), 1, 16)
    report = result.report("O(n)")
    assert report is not None and report.measured == "O(n^2)"

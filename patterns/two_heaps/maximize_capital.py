"""Maximize Capital (IPO): reference (a min-heap by capital unlocks projects into a max-heap by profit) and oracle."""

import heapq
import random


def find_maximized_capital(capital: list[int], profits: list[int], k: int, initial_capital: int) -> int:
    """Greedy: each round, take the most profitable project the current capital can start.

    Profits are never negative, so capital never drops, and a project affordable now stays
    affordable. Taking the largest available profit first therefore never hurts: it
    unlocks at least as much as any other choice. Projects wait in a min-heap by required
    capital and move to a max-heap by profit once affordable; each moves at most once.
    O((n + k) log n) time, O(n) space.
    """
    locked = list(zip(capital, profits))  # min-heap by required capital
    heapq.heapify(locked)
    affordable: list[int] = []  # max-heap of profits (negated)
    money = initial_capital
    for _ in range(k):
        while locked and locked[0][0] <= money:
            _, profit = heapq.heappop(locked)
            heapq.heappush(affordable, -profit)
        if not affordable:
            break  # nothing can be started, now or later
        money += -heapq.heappop(affordable)
    return money


def brute_force(capital: list[int], profits: list[int], k: int, initial_capital: int) -> int:
    """Every set of finished projects that can be reached in some order, with at most k of them.

    The capital after a set of projects does not depend on their order, so a search over
    sets (bit masks), adding one affordable project at a time, visits every possible plan.
    """
    n = len(capital)
    best = initial_capital
    seen = {0}
    frontier = [0]
    for _ in range(min(k, n)):
        nxt = []
        for mask in frontier:
            money = initial_capital + sum(profits[i] for i in range(n) if mask >> i & 1)
            for i in range(n):
                if not mask >> i & 1 and capital[i] <= money:
                    grown = mask | 1 << i
                    if grown not in seen:
                        seen.add(grown)
                        nxt.append(grown)
                        best = max(best, money + profits[i])
        frontier = nxt
    return best


def inputs():
    """Up to 8 projects (the oracle tries every set), capitals around the starting money, k from 1 to beyond n."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        n = draw(st.integers(1, 8))
        small = st.integers(0, 12)
        capital = [draw(small | st.integers(0, 10**9)) for _ in range(n)]
        profits = [draw(st.integers(0, 6) | st.integers(0, 10**4)) for _ in range(n)]
        k = draw(st.integers(1, n + 2) | st.just(10**5))
        w = draw(st.integers(0, 6) | st.integers(0, 10**9))
        return {"capital": capital, "profits": profits, "k": k, "initial_capital": w}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """Project j needs capital j and pays j + 1 (capped at 10**4), k = n: after a few rounds every project is
    affordable, so rescanning the projects every round costs n^2."""
    capital = list(range(n))
    profits = [min(j + 1, 10**4) for j in range(n)]
    order = list(range(n))
    rng.shuffle(order)
    return {"capital": [capital[j] for j in order], "profits": [profits[j] for j in order], "k": n, "initial_capital": 0}

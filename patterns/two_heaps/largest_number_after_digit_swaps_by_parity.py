"""Largest Number After Digit Swaps by Parity: reference (a max-heap of odd digits, one of even digits) and oracle."""

import heapq


def largest_integer(num: int) -> int:
    """Each position keeps its parity; fill it with the largest unused digit of that parity.

    Swaps within a parity class can arrange its digits in any order over the positions it
    occupies, and a larger digit further left always wins. So walk the positions left to
    right and pop the largest digit from the heap of the position's parity.
    O(d log d) time for d digits, O(d) space.
    """
    digits = [int(c) for c in str(num)]
    odd = [-d for d in digits if d % 2]  # max-heaps (negated)
    even = [-d for d in digits if d % 2 == 0]
    heapq.heapify(odd)
    heapq.heapify(even)
    out = 0
    for d in digits:
        out = out * 10 - heapq.heappop(odd if d % 2 else even)
    return out


def brute_force(num: int) -> int:
    """Keep making any same-parity swap that makes the number larger, until none does."""
    digits = list(str(num))
    improved = True
    while improved:
        improved = False
        for i in range(len(digits)):
            for j in range(i + 1, len(digits)):
                if int(digits[i]) % 2 == int(digits[j]) % 2 and digits[j] > digits[i]:
                    digits[i], digits[j] = digits[j], digits[i]
                    improved = True
    return int("".join(digits))


def inputs():
    """Numbers of 1 to 10 digits, from digit strings (no leading zero), often with repeated digits; 10**9 too."""
    from hypothesis import strategies as st

    @st.composite
    def draw(draw):
        length = draw(st.integers(1, 9))
        pool = draw(st.sampled_from(["0123456789", "13579", "02468", "0011", "19", "28"]))
        first = draw(st.sampled_from([c for c in pool if c != "0"] or ["1"]))
        rest = "".join(draw(st.lists(st.sampled_from(pool), min_size=length - 1, max_size=length - 1)))
        return {"num": int(first + rest)}

    return st.one_of(draw(), st.integers(1, 10**9).map(lambda n: {"num": n}), st.just({"num": 10**9}))

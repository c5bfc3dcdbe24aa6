"""K Closest Numbers: reference (binary-search the window's left end) and oracle."""

import random


def find_closest_elements(arr: list[int], k: int, x: int) -> list[int]:
    """Binary search for the first number >= x; the k closest numbers form a window around
    that spot. Grow the window one number at a time, taking the closer of the two
    neighbours (the left one on a tie: it is the smaller). O(log n) to search plus O(k)
    steps to grow the window: O(k + log n) time, O(1) extra space."""
    lo, hi = 0, len(arr)
    while lo < hi:  # the first index whose number is >= x
        mid = (lo + hi) // 2
        if arr[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    left, right = lo - 1, lo  # the window is arr[left + 1:right], empty for now
    for _ in range(k):
        if left < 0:
            right += 1
        elif right == len(arr) or x - arr[left] <= arr[right] - x:
            left -= 1
        else:
            right += 1
    return arr[left + 1 : right]


def brute_force(arr: list[int], k: int, x: int) -> list[int]:
    """Sort every number by (distance, value), take k, sort them ascending."""
    return sorted(sorted(arr, key=lambda a: (abs(a - x), a))[:k])


def probe(n: int, rng: random.Random) -> dict:
    """k = n / 2 and x inside the range: picking the closest remaining number k times
    (n * k) is quadratic here."""
    arr = sorted(rng.randint(-10_000, 10_000) for _ in range(n))
    return {"arr": arr, "k": n // 2, "x": rng.randint(-5_000, 5_000)}

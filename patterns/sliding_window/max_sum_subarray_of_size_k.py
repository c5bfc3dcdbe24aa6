"""Maximum Sum Subarray of Size K: reference (fixed sliding window) and oracle."""


def max_sum_subarray(nums: list[int], k: int) -> int:
    """Slide a window of k elements, updating its sum in O(1) per step: O(n)."""
    window = sum(nums[:k])
    best = window
    for end in range(k, len(nums)):
        window += nums[end] - nums[end - k]
        best = max(best, window)
    return best


def brute_force(nums: list[int], k: int) -> int:
    """Sum every window from scratch: O(n * k)."""
    return max(sum(nums[i : i + k]) for i in range(len(nums) - k + 1))


def probe(n: int, rng) -> dict:
    """A window of half the array: the worst case for summing every window afresh."""
    return {"nums": [rng.randint(-10_000, 10_000) for _ in range(n)], "k": n // 2}

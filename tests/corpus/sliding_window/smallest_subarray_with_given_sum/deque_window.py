# expect: accepted
# grokpat: smallest-subarray-with-given-sum
def smallest_subarray_with_sum(nums: list[int], s: int) -> int:
    window, total, best = deque(), 0, None
    for x in nums:
        window.append(x)
        total += x
        while total - window[0] >= s:   # drop from the left while it still reaches s
            total -= window.popleft()
        if total >= s:
            best = len(window) if best is None else min(best, len(window))
    return best or 0

# expect: accepted
# grokpat: max-sum-subarray-of-size-k
def max_sum_subarray(nums, k):
    window = deque()
    total = 0
    best = None
    for x in nums:
        window.append(x)
        total += x
        if len(window) > k:
            total -= window.popleft()
        if len(window) == k and (best is None or total > best):
            best = total
    return best

# expect: wrong_answer
# grokpat: circular-array-loop
# mistake: invalid-circular-loop
def circular_array_loop(nums: list[int]) -> bool:
    n = len(nums)
    nxt = lambda i: (i + nums[i]) % n
    for i in range(n):
        slow, fast = i, nxt(i)
        while nums[fast] * nums[i] > 0 and nums[nxt(fast)] * nums[i] > 0:
            if slow == fast:
                if abs(nums[slow]) == n:     # misses 2n, 3n, ... which also land on themselves
                    break
                return True
            slow, fast = nxt(slow), nxt(nxt(fast))
    return False

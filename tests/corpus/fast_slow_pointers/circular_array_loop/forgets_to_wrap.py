# expect: runtime_error
# grokpat: circular-array-loop
def circular_array_loop(nums: list[int]) -> bool:
    n = len(nums)

    def nxt(i):
        j = i + nums[i]
        if j < 0:
            j += n        # handled going backwards, forgot going past the end
        return j

    for i in range(n):
        slow, fast = i, nxt(i)
        while nums[fast] * nums[i] > 0 and nums[nxt(fast)] * nums[i] > 0:
            if slow == fast:
                if slow == nxt(slow):
                    break
                return True
            slow, fast = nxt(slow), nxt(nxt(fast))
    return False

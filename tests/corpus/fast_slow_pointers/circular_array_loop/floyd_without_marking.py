# expect: suboptimal
# grokpat: circular-array-loop
def circular_array_loop(nums: list[int]) -> bool:
    n = len(nums)

    def nxt(i):
        return (i + nums[i]) % n

    for i in range(n):
        d = nums[i] > 0
        slow = fast = i
        while True:
            slow = nxt(slow)
            if (nums[fast] > 0) != d or (nums[nxt(fast)] > 0) != d:
                break
            fast = nxt(nxt(fast))
            if (nums[fast] > 0) != d:
                break
            if slow == fast:
                if nxt(slow) != slow:
                    return True
                break
    return False

# expect: accepted
# grokpat: circular-array-loop
class Solution:
    def circular_array_loop(self, nums: List[int]) -> bool:
        n = len(nums)

        def nxt(i):
            return (i + nums[i]) % n

        for i in range(n):
            if nums[i] == 0:
                continue
            slow, fast = i, nxt(i)
            # keep going while the direction never changes
            while nums[fast] * nums[i] > 0 and nums[nxt(fast)] * nums[i] > 0:
                if slow == fast:
                    if slow == nxt(slow):
                        break
                    return True
                slow = nxt(slow)
                fast = nxt(nxt(fast))
            # everything on this path is a dead end: zero it out
            j, sign = i, nums[i]
            while nums[j] * sign > 0:
                k = nxt(j)
                nums[j] = 0
                j = k
        return False

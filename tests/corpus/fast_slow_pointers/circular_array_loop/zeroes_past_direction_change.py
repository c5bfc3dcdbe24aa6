# expect: wrong_answer
# grokpat: circular-array-loop
class Solution:
    def circular_array_loop(self, nums: List[int]) -> bool:
        n = len(nums)
        nxt = lambda i: (i + nums[i]) % n
        for i in range(n):
            if nums[i] == 0:
                continue
            slow, fast = i, nxt(i)
            while nums[fast] * nums[i] > 0 and nums[nxt(fast)] * nums[i] > 0:
                if slow == fast:
                    if slow == nxt(slow):
                        break
                    return True
                slow, fast = nxt(slow), nxt(nxt(fast))
            # mark the path dead -- but this keeps going past a change of direction
            j = i
            while nums[j] != 0:
                k = nxt(j)
                nums[j] = 0
                j = k
        return False

# expect: wrong_answer
# grokpat: sliding-window-median
import heapq


class Solution:
    def median_sliding_window(self, nums: List[int], k: int) -> List[float]:
        small, large = [], []            # small: max-heap (negated), large: min-heap
        out = []

        def balance():
            while len(small) > len(large) + 1:
                heapq.heappush(large, -heapq.heappop(small))
            while len(large) > len(small):
                heapq.heappush(small, -heapq.heappop(large))

        for i, x in enumerate(nums):
            if not small or x <= -small[0]:
                heapq.heappush(small, -x)
            else:
                heapq.heappush(large, x)
            if i >= k:
                old = nums[i - k]
                if old <= -small[0]:
                    small.remove(-old)       # no heapify afterwards: the heap order is broken
                else:
                    large.remove(old)
            balance()
            if i >= k - 1:
                out.append(float(-small[0]) if k % 2 else (-small[0] + large[0]) / 2)
        return out

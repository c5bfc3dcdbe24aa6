# expect: accepted
# grokpat: sliding-window-median
import heapq
from collections import defaultdict


class DualHeap:
    """lo: max-heap (negated), hi: min-heap, lazy deletion via `delayed`."""

    def __init__(self, k):
        self.k = k
        self.lo, self.hi = [], []
        self.delayed = defaultdict(int)
        self.lo_size = self.hi_size = 0

    def _prune(self, heap, sign):
        while heap and self.delayed[sign * heap[0]]:
            self.delayed[sign * heap[0]] -= 1
            heapq.heappop(heap)

    def _balance(self):
        if self.lo_size > self.hi_size + 1:
            heapq.heappush(self.hi, -heapq.heappop(self.lo))
            self.lo_size -= 1
            self.hi_size += 1
            self._prune(self.lo, -1)
        elif self.lo_size < self.hi_size:
            heapq.heappush(self.lo, -heapq.heappop(self.hi))
            self.lo_size += 1
            self.hi_size -= 1
            self._prune(self.hi, 1)

    def insert(self, x):
        if not self.lo or x <= -self.lo[0]:
            heapq.heappush(self.lo, -x)
            self.lo_size += 1
        else:
            heapq.heappush(self.hi, x)
            self.hi_size += 1
        self._balance()

    def erase(self, x):
        self.delayed[x] += 1
        if x <= -self.lo[0]:
            self.lo_size -= 1
            if x == -self.lo[0]:
                self._prune(self.lo, -1)
        else:
            self.hi_size -= 1
            if x == self.hi[0]:
                self._prune(self.hi, 1)
        self._balance()

    def median(self):
        if self.k % 2:
            return float(-self.lo[0])
        return (-self.lo[0] + self.hi[0]) / 2


def median_sliding_window(nums, k):
    dh = DualHeap(k)
    for x in nums[:k]:
        dh.insert(x)
    res = [dh.median()]
    for i in range(k, len(nums)):
        dh.insert(nums[i])
        dh.erase(nums[i - k])
        res.append(dh.median())
    return res

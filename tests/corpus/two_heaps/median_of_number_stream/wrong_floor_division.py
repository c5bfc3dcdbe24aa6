# expect: wrong_answer
# grokpat: median-of-number-stream
# mistake: median-int-division
import heapq


class MedianFinder:
    def __init__(self):
        self.lo, self.hi = [], []

    def add_num(self, num):
        heapq.heappush(self.lo, -num)
        heapq.heappush(self.hi, -heapq.heappop(self.lo))
        if len(self.hi) > len(self.lo):
            heapq.heappush(self.lo, -heapq.heappop(self.hi))

    def find_median(self):
        if len(self.lo) > len(self.hi):
            return -self.lo[0]
        return (-self.lo[0] + self.hi[0]) // 2      # floors 1.5 to 1

# expect: wrong_answer
# grokpat: median-of-number-stream
import heapq


class MedianFinder:
    def __init__(self):
        self.small, self.large = [], []

    def add_num(self, num):
        heapq.heappush(self.small, -num)
        heapq.heappush(self.large, -heapq.heappop(self.small))
        if len(self.large) > len(self.small):
            heapq.heappush(self.small, -heapq.heappop(self.large))   # small keeps the extra number

    def find_median(self):
        if (len(self.small) + len(self.large)) % 2:
            return float(self.large[0])          # ...but the odd case reads large, empty after one add
        return (-self.small[0] + self.large[0]) / 2

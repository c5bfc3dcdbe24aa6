# expect: wrong_answer
# grokpat: median-of-number-stream
import heapq


class MedianFinder:
    def __init__(self):
        self.small, self.large = [], []

    def add_num(self, num):
        if not self.small or num <= -self.small[0]:
            heapq.heappush(self.small, -num)
        else:
            heapq.heappush(self.large, num)      # the halves drift apart in size

    def find_median(self):
        if len(self.small) > len(self.large):
            return float(-self.small[0])
        if len(self.large) > len(self.small):
            return float(self.large[0])
        return (-self.small[0] + self.large[0]) / 2

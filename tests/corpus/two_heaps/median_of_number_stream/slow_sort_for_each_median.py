# expect: suboptimal
# grokpat: median-of-number-stream
class MedianFinder:
    def __init__(self):
        self.nums = []

    def add_num(self, num):
        self.nums.append(num)

    def find_median(self):
        self.nums.sort()
        n = len(self.nums)
        if n % 2:
            return float(self.nums[n // 2])
        return (self.nums[n // 2 - 1] + self.nums[n // 2]) / 2

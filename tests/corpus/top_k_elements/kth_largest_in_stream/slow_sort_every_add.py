# expect: suboptimal
# grokpat: kth-largest-in-stream
class KthLargest:
    def __init__(self, k: int, nums: List[int]):
        self.k = k
        self.nums = list(nums)

    def add(self, val: int) -> int:
        self.nums.append(val)
        return sorted(self.nums, reverse=True)[self.k - 1]

# expect: runtime_error
# grokpat: kth-largest-in-stream
class KthLargest:
    def __init__(self, k, nums):
        self.heap = heapq.nlargest(k, nums)
        heapq.heapify(self.heap)

    def add(self, val):
        if val > self.heap[0]:       # the stream may hold fewer than k numbers (even none) at first
            heapq.heapreplace(self.heap, val)
        return self.heap[0]

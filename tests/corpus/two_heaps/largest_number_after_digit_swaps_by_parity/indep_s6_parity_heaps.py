# expect: accepted
# grokpat: largest-number-after-digit-swaps-by-parity
class Solution:
    def largest_integer(self, num: int) -> int:
        digits = [int(c) for c in str(num)]
        odd = [-d for d in digits if d % 2]
        even = [-d for d in digits if d % 2 == 0]
        heapq.heapify(odd)
        heapq.heapify(even)
        out = 0
        for d in digits:
            src = odd if d % 2 else even
            out = out * 10 + (-heapq.heappop(src))
        return out

# expect: wrong_answer
# grokpat: largest-number-after-digit-swaps-by-parity
import heapq


class Solution:
    def largest_integer(self, num: int) -> int:
        digits = [int(c) for c in str(num)]
        odd = [d for d in digits if d % 2]
        even = [d for d in digits if d % 2 == 0]
        heapq.heapify(odd)                    # heapq pops the smallest digit first
        heapq.heapify(even)
        return int("".join(str(heapq.heappop(odd if d % 2 else even)) for d in digits))

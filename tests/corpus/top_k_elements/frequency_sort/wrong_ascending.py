# expect: wrong_answer
# grokpat: frequency-sort
class Solution:
    def frequency_sort(self, s: str) -> str:
        heap = [(count, ch) for ch, count in Counter(s).items()]   # a min-heap gives the rarest first
        heapq.heapify(heap)
        out = []
        while heap:
            count, ch = heapq.heappop(heap)
            out.append(ch * count)
        return "".join(out)

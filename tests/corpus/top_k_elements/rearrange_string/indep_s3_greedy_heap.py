# expect: accepted
# grokpat: rearrange-string
def rearrange_string(s: str) -> str:
    heap = [(-c, ch) for ch, c in Counter(s).items()]
    heapq.heapify(heap)
    out = []
    prev = None  # (negcount, ch) held back one step
    while heap:
        c, ch = heapq.heappop(heap)
        out.append(ch)
        if prev is not None and prev[0] < 0:
            heapq.heappush(heap, prev)
        prev = (c + 1, ch)
    if len(out) != len(s):
        return ""
    return "".join(out)

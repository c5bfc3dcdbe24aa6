# expect: wrong_answer
# grokpat: rearrange-string
# mistake: no-hold-out
def rearrange_string(s):
    heap = [(-c, ch) for ch, c in Counter(s).items()]
    heapq.heapify(heap)
    out = []
    while heap:
        c, ch = heapq.heappop(heap)
        out.append(ch)
        if c + 1 < 0:
            heapq.heappush(heap, (c + 1, ch))   # pushed straight back: it can be picked again at once
    return "".join(out)

# expect: accepted
# grokpat: maximize-capital
def find_maximized_capital(capital, profits, k, initial_capital):
    by_cap = sorted(zip(capital, profits))
    avail = []
    cur = initial_capital
    p = 0
    for _ in range(k):
        while p < len(by_cap) and by_cap[p][0] <= cur:
            heapq.heappush(avail, -by_cap[p][1])
            p += 1
        if not avail:
            break
        cur -= heapq.heappop(avail)
    return cur

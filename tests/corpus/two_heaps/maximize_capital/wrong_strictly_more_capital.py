# expect: wrong_answer
# grokpat: maximize-capital
# mistake: equality-counts-capital
import heapq


def find_maximized_capital(capital, profits, k, initial_capital):
    projects = sorted(zip(capital, profits))
    heap, i, w = [], 0, initial_capital
    for _ in range(k):
        while i < len(projects) and projects[i][0] < w:     # needing exactly w is affordable too
            heapq.heappush(heap, -projects[i][1])
            i += 1
        if not heap:
            break
        w -= heapq.heappop(heap)
    return w

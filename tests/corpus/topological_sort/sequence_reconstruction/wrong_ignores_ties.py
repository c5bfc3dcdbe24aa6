# expect: wrong_answer
# grokpat: sequence-reconstruction
# mistake: unique-order
from collections import deque


def sequence_reconstruction(nums, sequences):
    n = len(nums)
    graph = {v: set() for v in range(1, n + 1)}
    indeg = {v: 0 for v in range(1, n + 1)}
    for s in sequences:
        for a, b in zip(s, s[1:]):
            if b not in graph[a]:
                graph[a].add(b)
                indeg[b] += 1
    q = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    order = []
    while q:  # never asks whether two numbers were free at once
        v = q.popleft()
        order.append(v)
        for w in graph[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                q.append(w)
    return order == nums

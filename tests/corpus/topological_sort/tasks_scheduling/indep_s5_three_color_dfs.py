# expect: accepted
# grokpat: tasks-scheduling
import sys


def is_scheduling_possible(tasks: int, prerequisites: list[list[int]]) -> bool:
    sys.setrecursionlimit(10000)
    adj = [[] for _ in range(tasks)]
    for a, b in prerequisites:
        adj[a].append(b)
    WHITE, GRAY, BLACK = 0, 1, 2
    color = [WHITE] * tasks

    def has_cycle(u):
        color[u] = GRAY
        for v in adj[u]:
            if color[v] == GRAY:
                return True
            if color[v] == WHITE and has_cycle(v):
                return True
        color[u] = BLACK
        return False

    return not any(color[u] == WHITE and has_cycle(u) for u in range(tasks))

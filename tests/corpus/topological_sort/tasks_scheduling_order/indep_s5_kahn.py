# expect: accepted
# grokpat: tasks-scheduling-order


class Solution:
    def find_order(self, tasks: int, prerequisites: List[List[int]]) -> List[int]:
        out = [[] for _ in range(tasks)]
        indeg = [0] * tasks
        for a, b in prerequisites:
            out[a].append(b)
            indeg[b] += 1
        order = [t for t in range(tasks) if indeg[t] == 0]
        i = 0
        while i < len(order):
            t = order[i]
            i += 1
            for b in out[t]:
                indeg[b] -= 1
                if indeg[b] == 0:
                    order.append(b)
        return order if len(order) == tasks else []

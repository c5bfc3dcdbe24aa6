# expect: suboptimal
# grokpat: tasks-scheduling
class Solution:
    def canFinish(self, tasks, prerequisites):
        remaining = set(range(tasks))
        pending = [0] * tasks
        for _, b in prerequisites:
            pending[b] += 1
        after = [[] for _ in range(tasks)]
        for a, b in prerequisites:
            after[a].append(b)
        while remaining:
            free = None
            for t in sorted(remaining):
                if pending[t] == 0:
                    free = t
                    break
            if free is None:
                return False
            remaining.remove(free)
            for b in after[free]:
                pending[b] -= 1
        return True


def is_scheduling_possible(tasks, prerequisites):
    return Solution().canFinish(tasks, prerequisites)

# expect: wrong_answer
# grokpat: tasks-scheduling-order
# mistake: reversed-edges
from collections import deque


class Solution:
    def findOrder(self, numCourses, prerequisites):
        # LeetCode's convention: [a, b] means b first. Here it means a first.
        graph = [[] for _ in range(numCourses)]
        indeg = [0] * numCourses
        for course, pre in prerequisites:
            graph[pre].append(course)
            indeg[course] += 1
        q = deque(i for i in range(numCourses) if indeg[i] == 0)
        res = []
        while q:
            c = q.popleft()
            res.append(c)
            for nxt in graph[c]:
                indeg[nxt] -= 1
                if indeg[nxt] == 0:
                    q.append(nxt)
        return res if len(res) == numCourses else []


def find_order(tasks, prerequisites):
    return Solution().findOrder(tasks, prerequisites)

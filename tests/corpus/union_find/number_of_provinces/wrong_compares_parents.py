# expect: wrong_answer
# grokpat: number-of-provinces
# mistake: parent-not-root
class Solution:
    def findCircleNum(self, isConnected):
        n = len(isConnected)
        parent = list(range(n))
        for i in range(n):
            for j in range(n):
                if isConnected[i][j] and parent[i] != parent[j]:
                    parent[j] = parent[i]  # relinks one city, not its whole group
        return len(set(parent))


def find_circle_num(is_connected):
    return Solution().findCircleNum(is_connected)

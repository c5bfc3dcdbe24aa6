# expect: suboptimal
# grokpat: find-if-path-exists-in-graph
class Solution:
    def validPath(self, n, edges, source, destination):
        root = list(range(n))

        def find(x):
            while root[x] != x:
                x = root[x]
            return x

        for u, v in edges:
            root[find(u)] = find(v)
        return find(source) == find(destination)


def valid_path(n, edges, source, destination):
    return Solution().validPath(n, edges, source, destination)

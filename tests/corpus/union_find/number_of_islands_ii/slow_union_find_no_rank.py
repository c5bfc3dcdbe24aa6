# expect: suboptimal
# grokpat: number-of-islands-ii
class Solution:
    def numIslands2(self, m, n, positions):
        parent = {}

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        res, count = [], 0
        for r, c in positions:
            if (r, c) in parent:
                res.append(count)
                continue
            parent[(r, c)] = (r, c)
            count += 1
            for nb in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
                if nb in parent:
                    a, b = find((r, c)), find(nb)
                    if a != b:
                        parent[a] = b
                        count -= 1
            res.append(count)
        return res


def num_islands2(m, n, positions):
    return Solution().numIslands2(m, n, positions)

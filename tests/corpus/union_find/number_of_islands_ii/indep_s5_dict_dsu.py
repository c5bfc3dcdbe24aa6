# expect: accepted
# grokpat: number-of-islands-ii


class Solution:
    def num_islands2(self, m: int, n: int, positions: List[List[int]]) -> List[int]:
        parent = {}

        def find(x):
            if parent[x] != x:
                parent[x] = find(parent[x])
            return parent[x]

        islands = 0
        out = []
        for r, c in positions:
            cell = (r, c)
            if cell not in parent:
                parent[cell] = cell
                islands += 1
                for nb in ((r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1)):
                    if nb in parent:
                        a, b = find(cell), find(nb)
                        if a != b:
                            parent[a] = b
                            islands -= 1
            out.append(islands)
        return out

# expect: accepted
# grokpat: knapsack-01


class Solution:
    def knapsack(self, profits: List[int], weights: List[int], capacity: int) -> int:
        n = len(profits)
        # table[i][c]: best profit from items i.. with capacity c (top-down, filled lazily)
        table = [[-1] * (capacity + 1) for _ in range(n + 1)]
        for c in range(capacity + 1):
            table[n][c] = 0
        # explicit stack instead of Python recursion (n can be 1000)
        stack = [(0, capacity)]
        while stack:
            i, c = stack[-1]
            if table[i][c] != -1:
                stack.pop()
                continue
            skip = table[i + 1][c]
            if skip == -1:
                stack.append((i + 1, c))
                continue
            w = weights[i]
            if w <= c:
                take = table[i + 1][c - w]
                if take == -1:
                    stack.append((i + 1, c - w))
                    continue
                take += profits[i]
                table[i][c] = take if take > skip else skip
            else:
                table[i][c] = skip
            stack.pop()
        return table[0][capacity]

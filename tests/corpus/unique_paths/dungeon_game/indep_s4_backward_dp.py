# expect: accepted
# grokpat: dungeon-game
class Solution:
    def calculate_minimum_hp(self, dungeon: List[List[int]]) -> int:
        rows, cols = len(dungeon), len(dungeon[0])
        INF = float("inf")
        # need[j]: min health needed when entering room (i, j)
        need = [INF] * (cols + 1)
        for i in range(rows - 1, -1, -1):
            nxt = need
            need = [INF] * (cols + 1)
            for j in range(cols - 1, -1, -1):
                if i == rows - 1 and j == cols - 1:
                    after = 1
                else:
                    after = min(nxt[j], need[j + 1])
                need[j] = max(1, after - dungeon[i][j])
        return need[0]

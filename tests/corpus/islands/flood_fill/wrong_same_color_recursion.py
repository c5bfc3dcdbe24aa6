# expect: runtime_error
# grokpat: flood-fill
class Solution:
    def floodFill(self, image, sr, sc, color):
        old = image[sr][sc]

        def dfs(r, c):
            if r < 0 or c < 0 or r >= len(image) or c >= len(image[0]) or image[r][c] != old:
                return
            image[r][c] = color  # when color == old this never marks anything
            dfs(r + 1, c)
            dfs(r - 1, c)
            dfs(r, c + 1)
            dfs(r, c - 1)

        dfs(sr, sc)
        return image


def flood_fill(grid, row, col, new_color):
    return Solution().floodFill(grid, row, col, new_color)

# expect: suboptimal
# grokpat: trapping-rain-water
class Solution:
    def trap(self, height: List[int]) -> int:
        total = 0
        for i in range(1, len(height) - 1):
            left = max(height[:i])
            right = max(height[i + 1:])
            level = min(left, right)
            if level > height[i]:
                total += level - height[i]
        return total

# expect: accepted
# grokpat: target-sum
class Solution:
    def find_target_subsets(self, nums: List[int], target: int) -> int:
        total = sum(nums)
        if abs(target) > total:
            return 0
        off = total
        row = [0] * (2 * total + 1)
        row[off] = 1
        for x in nums:
            nxt = [0] * (2 * total + 1)
            for s, cnt in enumerate(row):
                if cnt:
                    nxt[s + x] += cnt
                    nxt[s - x] += cnt
            row = nxt
        return row[target + off]

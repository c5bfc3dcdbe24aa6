# expect: accepted
# grokpat: longest-increasing-subsequence
class MaxBIT:
    def __init__(self, n):
        self.n = n
        self.t = [0] * (n + 1)

    def update(self, i, v):
        while i <= self.n:
            if self.t[i] < v:
                self.t[i] = v
            i += i & -i

    def query(self, i):
        r = 0
        while i > 0:
            if self.t[i] > r:
                r = self.t[i]
            i -= i & -i
        return r


def longest_increasing_subsequence(nums: List[int]) -> int:
    ranks = {v: k + 1 for k, v in enumerate(sorted(set(nums)))}
    bit = MaxBIT(len(ranks))
    best = 0
    for x in nums:
        r = ranks[x]
        length = bit.query(r - 1) + 1  # strictly smaller values only
        bit.update(r, length)
        best = max(best, length)
    return best

# expect: accepted
# grokpat: different-ways-to-add-parentheses
def diff_ways_to_compute(expression):
    # tokenize
    nums, ops = [], []
    cur = 0
    for ch in expression:
        if ch.isdigit():
            cur = cur * 10 + int(ch)
        else:
            nums.append(cur)
            ops.append(ch)
            cur = 0
    nums.append(cur)

    memo = {}

    def solve(lo, hi):  # numbers lo..hi inclusive
        if (lo, hi) in memo:
            return memo[(lo, hi)]
        if lo == hi:
            res = [nums[lo]]
        else:
            res = []
            for k in range(lo, hi):
                op = ops[k]
                for a in solve(lo, k):
                    for b in solve(k + 1, hi):
                        if op == "+":
                            res.append(a + b)
                        elif op == "-":
                            res.append(a - b)
                        else:
                            res.append(a * b)
        memo[(lo, hi)] = res
        return res

    return solve(0, len(nums) - 1)

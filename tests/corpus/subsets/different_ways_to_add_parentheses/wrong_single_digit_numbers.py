# expect: wrong_answer
# grokpat: different-ways-to-add-parentheses
# mistake: base-case-gives-nothing
class Solution:
    def diffWaysToCompute(self, expression: str) -> List[int]:
        memo = {}

        def go(s):
            if s in memo:
                return memo[s]
            if len(s) == 1:  # a two-digit number falls through to the loop and gives nothing
                return [int(s)]
            out = []
            for i, c in enumerate(s):
                if c in "+-*":
                    for a in go(s[:i]):
                        for b in go(s[i + 1:]):
                            out.append(a + b if c == "+" else a - b if c == "-" else a * b)
            memo[s] = out
            return out

        return go(expression)


def diff_ways_to_compute(expression):
    return Solution().diffWaysToCompute(expression)

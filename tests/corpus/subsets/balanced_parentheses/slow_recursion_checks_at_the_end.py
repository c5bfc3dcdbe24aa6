# expect: suboptimal
# grokpat: balanced-parentheses
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        res = []

        def valid(s):
            bal = 0
            for c in s:
                bal += 1 if c == "(" else -1
                if bal < 0:
                    return False
            return bal == 0

        def go(s):
            if len(s) == 2 * n:
                if valid(s):
                    res.append(s)
                return
            go(s + "(")
            go(s + ")")

        go("")
        return res


def generate_parentheses(n):
    return Solution().generateParenthesis(n)

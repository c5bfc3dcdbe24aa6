# expect: wrong_answer
# grokpat: satisfiability-of-equality-equations
# mistake: transitivity
class Solution:
    def equationsPossible(self, equations):
        parent = {c: c for c in "abcdefghijklmnopqrstuvwxyz"}

        def find(x):
            while parent[x] != x:
                x = parent[x]
            return x

        for e in equations:  # a '!=' is checked before the later '==' are known
            if e[1] == "=":
                parent[find(e[0])] = find(e[3])
            elif find(e[0]) == find(e[3]):
                return False
        return True


def equations_possible(equations):
    return Solution().equationsPossible(equations)

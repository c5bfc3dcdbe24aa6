# expect: accepted
# grokpat: satisfiability-of-equality-equations


class Solution:
    def equations_possible(self, equations):
        adj = defaultdict(list)
        for e in equations:
            if e[1:3] == "==":
                adj[e[0]].append(e[3])
                adj[e[3]].append(e[0])
        comp = {}
        for start in "abcdefghijklmnopqrstuvwxyz":
            if start in comp:
                continue
            comp[start] = start
            stack = [start]
            while stack:
                u = stack.pop()
                for v in adj[u]:
                    if v not in comp:
                        comp[v] = start
                        stack.append(v)
        return all(comp[e[0]] != comp[e[3]] for e in equations if e[1:3] == "!=")

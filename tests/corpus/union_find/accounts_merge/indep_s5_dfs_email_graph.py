# expect: accepted
# grokpat: accounts-merge


class Solution:
    def accounts_merge(self, accounts):
        graph = defaultdict(set)
        name_of = {}
        for acc in accounts:
            name = acc[0]
            first = acc[1]
            for email in acc[1:]:
                graph[first].add(email)
                graph[email].add(first)
                name_of[email] = name
        seen = set()
        merged = []
        for email in graph:
            if email in seen:
                continue
            seen.add(email)
            stack = [email]
            comp = []
            while stack:
                e = stack.pop()
                comp.append(e)
                for f in graph[e]:
                    if f not in seen:
                        seen.add(f)
                        stack.append(f)
            merged.append([name_of[email]] + sorted(comp))
        return merged

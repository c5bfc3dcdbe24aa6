# expect: wrong_answer
# grokpat: accounts-merge
class Solution:
    def accountsMerge(self, accounts):
        parent = list(range(len(accounts)))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        first = {}
        for i, acc in enumerate(accounts):
            for e in acc[1:]:
                if e in first:
                    parent[find(i)] = find(first[e])
                else:
                    first[e] = i
        groups = {}
        for i, acc in enumerate(accounts):
            groups.setdefault(find(i), []).extend(acc[1:])  # the same address may be added twice
        return [[accounts[r][0]] + sorted(es) for r, es in groups.items()]


def accounts_merge(accounts):
    return Solution().accountsMerge(accounts)

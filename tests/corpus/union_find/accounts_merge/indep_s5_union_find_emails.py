# expect: accepted
# grokpat: accounts-merge


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    n = len(accounts)
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    owner = {}
    for i, acc in enumerate(accounts):
        for email in acc[1:]:
            if email in owner:
                a, b = find(i), find(owner[email])
                if a != b:
                    parent[a] = b
            else:
                owner[email] = i
    groups = defaultdict(list)
    for email, i in owner.items():
        groups[find(i)].append(email)
    return [[accounts[root][0]] + sorted(emails) for root, emails in groups.items()]

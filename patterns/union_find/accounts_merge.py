"""Accounts Merge: reference (union-find over accounts), oracle (merge until stable), generator, probe."""

import random


def accounts_merge(accounts: list[list[str]]) -> list[list[str]]:
    """Union each account with the first account that holds each of its emails; the roots
    are the people. Near-linear union-find plus sorting each person's emails:
    O(N log N) for N email addresses in all."""
    parent = list(range(len(accounts)))
    rank = [0] * len(accounts)

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    owner: dict[str, int] = {}
    for i, account in enumerate(accounts):
        for email in account[1:]:
            if email not in owner:
                owner[email] = i
                continue
            a, b = find(i), find(owner[email])
            if a != b:
                if rank[a] < rank[b]:
                    a, b = b, a
                parent[b] = a
                if rank[a] == rank[b]:
                    rank[a] += 1
    emails: dict[int, list[str]] = {}
    for email, i in owner.items():
        emails.setdefault(find(i), []).append(email)
    return [[accounts[root][0]] + sorted(group) for root, group in emails.items()]


def brute_force(accounts: list[list[str]]) -> list[list[str]]:
    """Start with one group per account and merge any two groups that share an email,
    again and again, until no two groups share one."""
    groups = [(account[0], set(account[1:])) for account in accounts]
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if groups[i][1] & groups[j][1]:
                    groups[i] = (groups[i][0], groups[i][1] | groups[j][1])
                    del groups[j]
                    merged = True
                    break
            if merged:
                break
    return [[name] + sorted(emails) for name, emails in groups]


POOLS = {
    "John": ["johnsmith@mail.com", "john_newyork@mail.com", "john00@mail.com", "john.doe@mail.com", "johnnybravo@mail.com"],
    "Mary": ["mary@mail.com", "Mary@mail.com", "mary_1@mail.com", "m@mail.com"],
    "Ann": ["a@x.com", "b@x.com", "c@x.com", "ann@y.org"],
}


def inputs():
    """1..6 accounts drawn from a few people, each owning a small pool of addresses (so
    different pools never mix names); two people may share a name, addresses may repeat
    inside an account, and accounts chain through shared addresses."""
    from hypothesis import strategies as st

    people = [("John", POOLS["John"][:3]), ("John", POOLS["John"][3:]), ("Mary", POOLS["Mary"]), ("Ann", POOLS["Ann"])]

    @st.composite
    def draw(draw):
        count = draw(st.integers(1, 6))
        accounts = []
        for _ in range(count):
            name, pool = draw(st.sampled_from(people))
            emails = draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3))
            accounts.append([name] + emails)
        return {"accounts": accounts}

    return draw()


def probe(n: int, rng: random.Random) -> dict:
    """About n addresses in accounts of nine: three quarters of the accounts belong to one
    person and are linked in a chain (each shares its last address with the next one's
    first), the rest are one-account people, all shuffled. At most 1000 accounts. Merging
    accounts pairwise until nothing changes costs O(accounts^2) or more."""
    accounts_count = min(1000, max(4, n // 9))
    chain = accounts_count * 3 // 4
    accounts = [["Chain"] + [f"c{8 * k + j:06d}@mail.com" for j in range(9)] for k in range(chain)]
    accounts += [[f"Solo{k}"] + [f"s{k:04d}.{j}@mail.com" for j in range(9)] for k in range(accounts_count - chain)]
    rng.shuffle(accounts)
    return {"accounts": accounts}

# expect: wrong_answer
# grokpat: accounts-merge
# mistake: merge-by-name
def accounts_merge(accounts):
    by_name = {}
    for acc in accounts:
        by_name.setdefault(acc[0], set()).update(acc[1:])  # two people can share a name
    return [[name] + sorted(emails) for name, emails in by_name.items()]

# expect: suboptimal
# grokpat: accounts-merge
def accounts_merge(accounts):
    groups = [[acc[0], set(acc[1:])] for acc in accounts]
    changed = True
    while changed:
        changed = False
        out = []
        for name, emails in groups:
            for g in out:
                if g[1] & emails:
                    g[1] |= emails
                    changed = True
                    break
            else:
                out.append([name, emails])
        groups = out
    return [[name] + sorted(emails) for name, emails in groups]

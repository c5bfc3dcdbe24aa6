# expect: accepted
# grokpat: restore-ip-addresses


def restore_ip_addresses(s: str) -> list[str]:
    n = len(s)
    res = []
    if n < 4 or n > 12:
        return res

    def ok(part):
        return part == "0" or (part[0] != "0" and int(part) <= 255)

    def go(start, parts):
        left = 4 - len(parts)
        if left == 0:
            if start == n:
                res.append(".".join(parts))
            return
        rem = n - start
        if rem < left or rem > 3 * left:
            return
        for L in (1, 2, 3):
            if start + L > n:
                break
            part = s[start:start + L]
            if ok(part):
                parts.append(part)
                go(start + L, parts)
                parts.pop()

    go(0, [])
    return res

# expect: wrong_answer
# grokpat: restore-ip-addresses
def restore_ip_addresses(s):
    res = []

    def bt(start, parts):
        if len(parts) == 4:
            if start == len(s):
                res.append(".".join(parts))
            return
        for k in range(1, 4):
            p = s[start:start + k]
            if len(p) == k and int(p) <= 255:  # "01" slips through
                bt(start + k, parts + [p])

    bt(0, [])
    return res

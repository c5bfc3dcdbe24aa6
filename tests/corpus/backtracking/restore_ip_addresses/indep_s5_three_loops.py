# expect: accepted
# grokpat: restore-ip-addresses


class Solution:
    def restore_ip_addresses(self, s):
        def valid(p):
            if not p or len(p) > 3:
                return False
            if len(p) > 1 and p[0] == "0":
                return False
            return int(p) <= 255

        n = len(s)
        out = []
        for a in range(1, 4):
            for b in range(a + 1, a + 4):
                for c in range(b + 1, b + 4):
                    if c >= n:
                        continue
                    parts = [s[:a], s[a:b], s[b:c], s[c:]]
                    if all(valid(p) for p in parts):
                        out.append(".".join(parts))
        return out

# expect: wrong_answer
# grokpat: restore-ip-addresses
class Solution:
    def restoreIpAddresses(self, s: str) -> List[str]:
        out = []

        def valid(p):
            return p == "0" or (p[0] != "0" and int(p) < 255)

        def go(i, cur):
            if len(cur) == 4 or i == len(s):
                if len(cur) == 4 and i == len(s):
                    out.append(".".join(cur))
                return
            for j in range(i + 1, min(i + 4, len(s) + 1)):
                if valid(s[i:j]):
                    go(j, cur + [s[i:j]])

        go(0, [])
        return out


def restore_ip_addresses(s):
    return Solution().restoreIpAddresses(s)

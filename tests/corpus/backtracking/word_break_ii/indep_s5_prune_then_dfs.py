# expect: accepted
# grokpat: word-break-ii


class Solution:
    def word_break(self, s: str, word_dict: List[str]) -> List[str]:
        n = len(s)
        words = set(word_dict)
        maxlen = max(len(w) for w in word_dict)
        # ok[i]: s[i:] can be split completely
        ok = [False] * (n + 1)
        ok[n] = True
        for i in range(n - 1, -1, -1):
            for j in range(i + 1, min(n, i + maxlen) + 1):
                if ok[j] and s[i:j] in words:
                    ok[i] = True
                    break
        res = []
        path = []

        def dfs(i):
            if i == n:
                res.append(" ".join(path))
                return
            for j in range(i + 1, min(n, i + maxlen) + 1):
                if ok[j] and s[i:j] in words:
                    path.append(s[i:j])
                    dfs(j)
                    path.pop()

        if ok[0]:
            dfs(0)
        return res

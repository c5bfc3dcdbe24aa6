# expect: suboptimal
# grokpat: word-break-ii
class Solution:
    def wordBreak(self, s: str, wordDict: List[str]) -> List[str]:
        if not s:
            return [""]
        out = []
        for w in wordDict:
            if s.startswith(w):
                for rest in self.wordBreak(s[len(w):], wordDict):
                    out.append(w + (" " + rest if rest else ""))
        return out


def word_break(s, word_dict):
    return Solution().wordBreak(s, word_dict)

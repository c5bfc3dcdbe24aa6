# expect: wrong_answer
# grokpat: generalized-abbreviations
class Solution:
    def generateAbbreviations(self, word: str) -> List[str]:
        out = []

        def bt(i, cur, cnt):
            if i == len(word):
                out.append(cur)  # the pending count at the end is never written
                return
            bt(i + 1, cur, cnt + 1)
            bt(i + 1, cur + (str(cnt) if cnt else "") + word[i], 0)

        bt(0, "", 0)
        return out


def generate_abbreviations(word):
    return Solution().generateAbbreviations(word)

# expect: wrong_answer
# grokpat: palindrome-pairs
# mistake: self-pair
class Solution:
    def palindrome_pairs(self, words: List[str]) -> List[List[int]]:
        index = {w[::-1]: i for i, w in enumerate(words)}
        res = []
        for i, w in enumerate(words):
            for k in range(len(w) + 1):
                pre, suf = w[:k], w[k:]
                if pre in index and suf == suf[::-1] and k == len(w):
                    res.append([i, index[pre]])  # a palindrome is paired with itself
                elif pre in index and suf == suf[::-1] and index[pre] != i:
                    res.append([i, index[pre]])
                if k > 0 and suf in index and pre == pre[::-1] and index[suf] != i:
                    res.append([index[suf], i])
        return res

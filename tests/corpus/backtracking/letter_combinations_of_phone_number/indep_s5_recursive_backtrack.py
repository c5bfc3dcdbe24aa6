# expect: accepted
# grokpat: letter-combinations-of-phone-number

KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl",
        "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


class Solution:
    def letter_combinations(self, digits: str) -> List[str]:
        if not digits:
            return []
        out = []

        def go(i, prefix):
            if i == len(digits):
                out.append(prefix)
                return
            for ch in KEYS[digits[i]]:
                go(i + 1, prefix + ch)

        go(0, "")
        return out

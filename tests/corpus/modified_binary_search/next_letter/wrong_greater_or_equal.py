# expect: wrong_answer
# grokpat: next-letter
class Solution:
    def next_greatest_letter(self, letters: List[str], target: str) -> str:
        lo, hi = 0, len(letters)
        while lo < hi:
            mid = (lo + hi) // 2
            if letters[mid] < target:     # stops on a letter equal to target
                lo = mid + 1
            else:
                hi = mid
        return letters[lo % len(letters)]

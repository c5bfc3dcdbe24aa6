# expect: wrong_answer
# grokpat: rod-cutting
class Solution:
    def cut_rod(self, prices: List[int]) -> int:
        n = len(prices)
        k = max(range(1, n + 1), key=lambda k: prices[k - 1] / k)  # the best price per unit
        total = (n // k) * prices[k - 1]
        rest = n % k
        return total + (prices[rest - 1] if rest else 0)

# expect: wrong_answer
# grokpat: coin-change-ways
# mistake: empty-combination
class Solution:
    def count_change(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0  # but using no coins is one way to make 0
        ways = [1] + [0] * amount
        for c in coins:
            for a in range(c, amount + 1):
                ways[a] += ways[a - c]
        return ways[amount]

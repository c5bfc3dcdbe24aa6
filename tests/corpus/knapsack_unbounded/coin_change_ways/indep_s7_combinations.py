# expect: accepted
# grokpat: coin-change-ways
class Solution:
    def count_change(self, coins: List[int], amount: int) -> int:
        ways = [1] + [0] * amount
        for coin in coins:  # coins outer loop => order does not matter
            for a in range(coin, amount + 1):
                ways[a] += ways[a - coin]
        return ways[amount]

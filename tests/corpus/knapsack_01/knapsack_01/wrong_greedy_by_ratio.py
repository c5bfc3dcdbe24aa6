# expect: wrong_answer
# grokpat: knapsack-01
class Solution:
    def knapsack(self, profits: list[int], weights: list[int], capacity: int) -> int:
        items = sorted(zip(profits, weights), key=lambda pw: pw[0] / pw[1], reverse=True)
        total = 0
        for p, w in items:
            if w <= capacity:
                capacity -= w
                total += p
        return total

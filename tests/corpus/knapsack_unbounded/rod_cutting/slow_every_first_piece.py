# expect: suboptimal
# grokpat: rod-cutting
def cut_rod(prices):
    def best(length):
        if length == 0:
            return 0
        return max(prices[k - 1] + best(length - k) for k in range(1, length + 1))

    return best(len(prices))

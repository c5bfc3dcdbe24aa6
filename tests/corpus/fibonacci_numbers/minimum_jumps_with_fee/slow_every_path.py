# expect: suboptimal
# grokpat: minimum-jumps-with-fee
def min_fee(fee):
    def cost(i):
        if i >= len(fee):
            return 0
        return fee[i] + min(cost(i + 1), cost(i + 2), cost(i + 3))

    return cost(0)

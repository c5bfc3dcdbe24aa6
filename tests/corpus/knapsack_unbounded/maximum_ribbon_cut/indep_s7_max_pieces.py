# expect: accepted
# grokpat: maximum-ribbon-cut
def max_ribbon_cut(ribbon_lengths: list[int], n: int) -> int:
    NEG = -1
    dp = [NEG] * (n + 1)  # dp[x]: most pieces summing to x, -1 if impossible
    dp[0] = 0
    for length in set(ribbon_lengths):
        for x in range(length, n + 1):
            prev = dp[x - length]
            if prev != NEG and prev + 1 > dp[x]:
                dp[x] = prev + 1
    print("pieces table built for n =", n)
    return dp[n]

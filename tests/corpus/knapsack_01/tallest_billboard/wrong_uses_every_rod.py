# expect: wrong_answer
# grokpat: tallest-billboard
# mistake: rod-forced-onto-a-side
def tallest_billboard(rods):
    total = sum(rods)  # every rod must be used: an equal partition of all of them
    if total % 2:
        return 0
    half = total // 2
    dp = [True] + [False] * half
    for r in rods:
        for s in range(half, r - 1, -1):
            dp[s] = dp[s] or dp[s - r]
    return half if dp[half] else 0

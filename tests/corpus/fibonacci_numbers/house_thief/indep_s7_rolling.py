# expect: accepted
# grokpat: house-thief
def house_thief(wealth: list[int]) -> int:
    take, skip = 0, 0  # best ending with last house robbed / not robbed
    for w in wealth:
        take, skip = skip + w, max(take, skip)
    return max(take, skip)

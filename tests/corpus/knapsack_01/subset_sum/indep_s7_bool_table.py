# expect: accepted
# grokpat: subset-sum
def subset_sum(nums: list[int], target: int) -> bool:
    reach = [False] * (target + 1)
    reach[0] = True
    for x in nums:
        # go downwards so each position is used at most once
        for s in range(target, x - 1, -1):
            if reach[s - x]:
                reach[s] = True
        if reach[target]:
            return True
    return reach[target]

# expect: accepted
# grokpat: combination-sum-iv
def combination_sum4(nums: list[int], target: int) -> int:
    nums = sorted(nums)
    count = [0] * (target + 1)
    count[0] = 1
    for t in range(1, target + 1):  # totals outer loop => order matters
        total = 0
        for x in nums:
            if x > t:
                break
            total += count[t - x]
        count[t] = total
    return count[target]

# expect: wrong_answer
# grokpat: triplet-sum-to-zero
# mistake: skips-duplicates-wrongly
def triplets_sum_zero(nums):
    found = set()
    for i in range(len(nums)):
        seen = set()
        for j in range(i + 1, len(nums)):
            c = -nums[i] - nums[j]
            if c in seen:
                found.add((nums[i], c, nums[j]))  # not sorted: the same triplet in another order slips through
            seen.add(nums[j])
    return [list(t) for t in found]

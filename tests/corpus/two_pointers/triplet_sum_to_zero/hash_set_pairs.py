# expect: accepted
# grokpat: triplet-sum-to-zero
def triplets_sum_zero(nums):
    nums = sorted(nums)
    out = []
    for i, a in enumerate(nums):
        if a > 0:
            break
        if i and a == nums[i - 1]:
            continue
        seen, used = set(), set()
        for b in nums[i + 1 :]:
            c = -a - b
            if c in seen and b not in used:
                out.append([b, c, a])  # any order inside a triplet is fine
                used.add(b)
            seen.add(b)
    return out

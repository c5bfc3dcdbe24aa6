# expect: suboptimal
# grokpat: subsets-with-duplicates
def subsets_with_dup(nums):
    nums = sorted(nums)
    seen = set()
    for mask in range(1 << len(nums)):
        seen.add(tuple(nums[i] for i in range(len(nums)) if mask >> i & 1))
    return [list(t) for t in seen]

# expect: accepted
# grokpat: find-all-duplicates
def find_duplicates(nums):
    out = []
    for v in nums:
        k = abs(v) - 1
        if nums[k] < 0:
            out.append(k + 1)
        else:
            nums[k] = -nums[k]
    return out

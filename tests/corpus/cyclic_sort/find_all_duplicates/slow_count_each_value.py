# expect: suboptimal
# grokpat: find-all-duplicates
def find_duplicates(nums):
    res = []
    for v in set(nums):
        if nums.count(v) == 2:
            res.append(v)
    return res

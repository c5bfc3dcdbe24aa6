# expect: suboptimal
# grokpat: ceiling-of-number
def search_ceiling(nums, key):
    for i, x in enumerate(nums):
        if x >= key:
            return i
    return -1

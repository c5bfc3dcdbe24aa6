# expect: suboptimal
# grokpat: order-agnostic-binary-search
def binary_search(nums, key):
    for i in range(len(nums)):
        if nums[i] == key:
            return i
    return -1

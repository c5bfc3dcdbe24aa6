# expect: wrong_answer
# grokpat: order-agnostic-binary-search
# mistake: assumes-ascending
def binary_search(nums, key):
    lo, hi = 0, len(nums) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if nums[mid] == key:
            return mid
        if nums[mid] < key:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

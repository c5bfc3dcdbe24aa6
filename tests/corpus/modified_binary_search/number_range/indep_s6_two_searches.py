# expect: accepted
# grokpat: number-range
def _edge(nums, key, last):
    lo, hi, found = 0, len(nums) - 1, -1
    while lo <= hi:
        mid = lo + (hi - lo) // 2
        if nums[mid] < key:
            lo = mid + 1
        elif nums[mid] > key:
            hi = mid - 1
        else:
            found = mid
            if last:
                lo = mid + 1
            else:
                hi = mid - 1
    return found


def search_range(nums: list[int], key: int) -> list[int]:
    first = _edge(nums, key, False)
    if first == -1:
        return [-1, -1]
    return [first, _edge(nums, key, True)]

# expect: suboptimal
# grokpat: minimum-subset-sum-difference
def min_subset_sum_difference(nums):
    def place(i, left, right):
        if i == len(nums):
            return abs(left - right)
        return min(place(i + 1, left + nums[i], right), place(i + 1, left, right + nums[i]))

    return place(0, 0, 0)

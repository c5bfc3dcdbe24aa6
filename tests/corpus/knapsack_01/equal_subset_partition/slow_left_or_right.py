# expect: suboptimal
# grokpat: equal-subset-partition
def can_partition(nums):
    def place(i, left, right):
        if i == len(nums):
            return left == right
        return place(i + 1, left + nums[i], right) or place(i + 1, left, right + nums[i])

    return place(0, 0, 0)

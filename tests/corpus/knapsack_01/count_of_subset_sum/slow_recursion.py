# expect: suboptimal
# grokpat: count-of-subset-sum
def count_subsets(nums, target):
    def ways(i, s):
        if i == len(nums):
            return 1 if s == 0 else 0
        count = ways(i + 1, s)
        if nums[i] <= s:
            count += ways(i + 1, s - nums[i])
        return count

    return ways(0, target)

# expect: wrong_answer
# grokpat: target-sum
def find_target_subsets(nums, target):
    total = sum(nums)
    if abs(target) > total:
        return 0
    goal = (total + target) // 2  # an odd total + target is not rejected
    ways = [1] + [0] * goal
    for x in nums:
        for s in range(goal, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[goal]

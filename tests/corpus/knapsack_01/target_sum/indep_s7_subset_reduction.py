# expect: accepted
# grokpat: target-sum
def find_target_subsets(nums: list[int], target: int) -> int:
    # P - N = target, P + N = total  =>  P = (total + target) / 2
    total = sum(nums)
    if abs(target) > total or (total + target) % 2:
        return 0
    goal = (total + target) // 2
    ways = [1] + [0] * goal
    for x in nums:
        for s in range(goal, x - 1, -1):
            ways[s] += ways[s - x]
    return ways[goal]

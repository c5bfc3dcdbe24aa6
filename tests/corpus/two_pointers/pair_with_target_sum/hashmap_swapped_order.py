# expect: wrong_answer
# grokpat: pair-with-target-sum
# mistake: returns-wrong-thing
def pair_with_target_sum(nums, target):
    seen = {}
    for i, x in enumerate(nums):
        if target - x in seen:
            return [i, seen[target - x]]
        seen[x] = i
    return [-1, -1]

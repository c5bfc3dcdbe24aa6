# expect: suboptimal
# grokpat: find-corrupt-pair
def find_corrupt_numbers(nums):
    dup = miss = 0
    for v in range(1, len(nums) + 1):
        c = nums.count(v)
        if c == 2:
            dup = v
        elif c == 0:
            miss = v
    return [dup, miss]

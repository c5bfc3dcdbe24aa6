# expect: suboptimal
# grokpat: circular-array-loop
def circular_array_loop(nums: list[int]) -> bool:
    n = len(nums)
    for start in range(n):
        i = start
        for _ in range(n):
            j = (i + nums[i]) % n
            if j == i or (nums[j] > 0) != (nums[start] > 0):
                break
            i = j
            if i == start:
                return True
    return False

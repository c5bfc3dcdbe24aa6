# expect: accepted
# grokpat: circular-array-loop
def circular_array_loop(nums: list[int]) -> bool:
    # colour each index with the id of the walk that first reached it
    n = len(nums)
    owner = [-1] * n
    for start in range(n):
        if owner[start] != -1:
            continue
        forward = nums[start] > 0
        i = start
        while True:
            owner[i] = start
            j = (i + nums[i]) % n
            if (nums[j] > 0) != forward or j == i:
                break          # direction change or a self loop: nothing here
            if owner[j] == start:
                return True    # came back into this walk: a real cycle
            if owner[j] != -1:
                break          # an earlier walk already proved j useless
            i = j
    return False

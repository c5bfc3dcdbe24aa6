# expect: accepted
# grokpat: circular-array-loop
def circular_array_loop(nums: list[int]) -> bool:
    n = len(nums)
    state = [0] * n   # 0 = new, 1 = on the current path, 2 = done

    def dfs(i):
        if state[i] == 1:
            return True
        if state[i] == 2:
            return False
        state[i] = 1
        j = (i + nums[i]) % n
        if j != i and (nums[i] > 0) == (nums[j] > 0) and dfs(j):
            return True
        state[i] = 2
        return False

    return any(dfs(i) for i in range(n))

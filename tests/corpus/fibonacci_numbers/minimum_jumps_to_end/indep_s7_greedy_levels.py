# expect: accepted
# grokpat: minimum-jumps-to-end
def min_jumps(jumps: list[int]) -> int:
    n = len(jumps)
    steps = 0
    cur_end = 0    # farthest index reachable with `steps` jumps
    farthest = 0   # farthest index reachable with `steps + 1` jumps
    for i in range(n - 1):
        farthest = max(farthest, i + jumps[i])
        if i == cur_end:
            steps += 1
            cur_end = farthest
            if cur_end >= n - 1:
                break
    return steps

# expect: accepted
# grokpat: permutations
def permutations(nums):
    level = deque([[]])
    for x in nums:
        for _ in range(len(level)):
            p = level.popleft()
            for pos in range(len(p) + 1):
                level.append(p[:pos] + [x] + p[pos:])
    return list(level)

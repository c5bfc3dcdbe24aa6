# expect: accepted
# grokpat: sequence-reconstruction


def sequence_reconstruction(nums: list[int], sequences: list[list[int]]) -> bool:
    # nums is the unique shortest supersequence iff every number appears and every
    # consecutive pair of nums is forced by some adjacent pair in a sequence
    # (all sequences are subsequences of nums, so no contradiction is possible).
    n = len(nums)
    pos = [0] * (n + 1)
    for i, x in enumerate(nums):
        pos[x] = i
    seen = [False] * (n + 1)
    linked = [False] * n  # linked[i]: edge nums[i] -> nums[i+1] observed
    for seq in sequences:
        for x in seq:
            seen[x] = True
        for a, b in zip(seq, seq[1:]):
            if pos[b] == pos[a] + 1:
                linked[pos[a]] = True
    return all(seen[1:]) and all(linked[: n - 1])

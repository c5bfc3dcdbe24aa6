# expect: accepted
# grokpat: sequence-reconstruction


def sequence_reconstruction(nums, sequences):
    n = len(nums)
    adj = [set() for _ in range(n + 1)]
    indeg = [0] * (n + 1)
    present = [False] * (n + 1)
    for seq in sequences:
        for x in seq:
            present[x] = True
        for a, b in zip(seq, seq[1:]):
            if b not in adj[a]:
                adj[a].add(b)
                indeg[b] += 1
    if not all(present[1:]):
        return False
    q = deque(v for v in range(1, n + 1) if indeg[v] == 0)
    idx = 0
    while q:
        if len(q) > 1:
            return False
        v = q.popleft()
        if nums[idx] != v:
            return False
        idx += 1
        for w in adj[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                q.append(w)
    return idx == n

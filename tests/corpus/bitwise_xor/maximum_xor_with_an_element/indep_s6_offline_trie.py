# expect: accepted
# grokpat: maximum-xor-with-an-element
def maximize_xor(nums, queries):
    BITS = 30
    # trie as flat arrays: child0, child1
    c0 = [0]
    c1 = [0]

    def insert(x):
        node = 0
        for b in range(BITS - 1, -1, -1):
            if (x >> b) & 1:
                nxt = c1[node]
                if not nxt:
                    nxt = len(c0)
                    c0.append(0)
                    c1.append(0)
                    c1[node] = nxt
            else:
                nxt = c0[node]
                if not nxt:
                    nxt = len(c0)
                    c0.append(0)
                    c1.append(0)
                    c0[node] = nxt
            node = nxt

    def best(x):
        node = 0
        res = 0
        for b in range(BITS - 1, -1, -1):
            if (x >> b) & 1:
                if c0[node]:
                    res |= 1 << b
                    node = c0[node]
                else:
                    node = c1[node]
            else:
                if c1[node]:
                    res |= 1 << b
                    node = c1[node]
                else:
                    node = c0[node]
        return res

    nums = sorted(nums)
    order = sorted(range(len(queries)), key=lambda i: queries[i][1])
    ans = [-1] * len(queries)
    p = 0
    for qi in order:
        x, m = queries[qi]
        while p < len(nums) and nums[p] <= m:
            insert(nums[p])
            p += 1
        if p:
            ans[qi] = best(x)
    return ans

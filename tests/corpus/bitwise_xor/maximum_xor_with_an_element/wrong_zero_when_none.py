# expect: wrong_answer
# grokpat: maximum-xor-with-an-element
def maximize_xor(nums, queries):
    root = {}
    nums = sorted(nums)
    out = [0] * len(queries)          # a query with nothing allowed keeps 0 instead of -1
    k = 0
    for i in sorted(range(len(queries)), key=lambda i: queries[i][1]):
        x, m = queries[i]
        while k < len(nums) and nums[k] <= m:
            node = root
            for b in range(29, -1, -1):
                node = node.setdefault((nums[k] >> b) & 1, {})
            k += 1
        if not root:
            continue
        node, best = root, 0
        for b in range(29, -1, -1):
            want = ((x >> b) & 1) ^ 1
            if want in node:
                best |= 1 << b
                node = node[want]
            else:
                node = node[want ^ 1]
        out[i] = best
    return out

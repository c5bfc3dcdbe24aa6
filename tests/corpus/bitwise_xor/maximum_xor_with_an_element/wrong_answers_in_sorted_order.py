# expect: wrong_answer
# grokpat: maximum-xor-with-an-element
def maximize_xor(nums, queries):
    root = {}
    nums = sorted(nums)
    out = []
    k = 0
    for x, m in sorted(queries, key=lambda q: q[1]):   # answers come out in sorted order
        while k < len(nums) and nums[k] <= m:
            node = root
            for b in range(29, -1, -1):
                node = node.setdefault((nums[k] >> b) & 1, {})
            k += 1
        if not root:
            out.append(-1)
            continue
        node, best = root, 0
        for b in range(29, -1, -1):
            want = ((x >> b) & 1) ^ 1
            if want in node:
                best |= 1 << b
                node = node[want]
            else:
                node = node[want ^ 1]
        out.append(best)
    return out

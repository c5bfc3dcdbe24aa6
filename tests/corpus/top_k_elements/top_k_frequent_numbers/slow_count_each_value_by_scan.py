# expect: suboptimal
# grokpat: top-k-frequent-numbers
def top_k_frequent(nums, k):
    counts = []
    for v in set(nums):
        c = 0
        for x in nums:               # one full scan per distinct value
            if x == v:
                c += 1
        counts.append((c, v))
    counts.sort(reverse=True)
    return [v for _, v in counts[:k]]

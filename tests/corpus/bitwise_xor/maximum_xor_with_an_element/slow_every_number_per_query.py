# expect: suboptimal
# grokpat: maximum-xor-with-an-element
def maximize_xor(nums, queries):
    answer = []
    for x, m in queries:
        best = -1
        for v in nums:
            if v <= m and (v ^ x) > best:
                best = v ^ x
        answer.append(best)
    return answer

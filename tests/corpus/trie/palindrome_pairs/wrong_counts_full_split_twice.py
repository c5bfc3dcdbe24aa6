# expect: wrong_answer
# grokpat: palindrome-pairs
# mistake: reported-twice
def palindrome_pairs(words):
    where = {w: i for i, w in enumerate(words)}
    out = []
    for i, w in enumerate(words):
        for k in range(len(w) + 1):
            left, right = w[:k], w[k:]
            if left == left[::-1] and right[::-1] in where and where[right[::-1]] != i:
                out.append([where[right[::-1]], i])
            # k == 0 on this side repeats pairs already found with k == len(w) above
            if right == right[::-1] and left[::-1] in where and where[left[::-1]] != i:
                out.append([i, where[left[::-1]]])
    return out

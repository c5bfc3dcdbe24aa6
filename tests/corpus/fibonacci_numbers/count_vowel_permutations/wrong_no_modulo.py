# expect: wrong_answer
# grokpat: count-vowel-permutations
def count_vowel_permutation(n):
    a = e = i = o = u = 1
    for _ in range(n - 1):
        a, e, i, o, u = e + i + u, a + i, e + o, i, i + o
    return a + e + i + o + u  # the exact count, not modulo 10**9 + 7

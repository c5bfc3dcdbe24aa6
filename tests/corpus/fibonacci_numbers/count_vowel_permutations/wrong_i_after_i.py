# expect: wrong_answer
# grokpat: count-vowel-permutations
def count_vowel_permutation(n):
    mod = 10**9 + 7
    a = e = i = o = u = 1
    for _ in range(n - 1):
        a, e, i, o, u = (e + i + u) % mod, (a + i) % mod, (e + i + o) % mod, i, (i + o) % mod
    return (a + e + i + o + u) % mod

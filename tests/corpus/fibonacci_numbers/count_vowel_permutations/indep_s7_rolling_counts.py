# expect: accepted
# grokpat: count-vowel-permutations
def count_vowel_permutation(n: int) -> int:
    MOD = 10**9 + 7
    a = e = i = o = u = 1  # strings of the current length ending in each vowel
    for _ in range(n - 1):
        # predecessors: a <- e,i,u ; e <- a,i ; i <- e,o ; o <- i ; u <- i,o
        a, e, i, o, u = (e + i + u) % MOD, (a + i) % MOD, (e + o) % MOD, i, (i + o) % MOD
    return (a + e + i + o + u) % MOD

# expect: accepted
# grokpat: count-vowel-permutations
MOD = 10**9 + 7
# T[x][y] = 1 when vowel y may follow vowel x (order a, e, i, o, u)
T = [
    [0, 1, 0, 0, 0],
    [1, 0, 1, 0, 0],
    [1, 1, 0, 1, 1],
    [0, 0, 1, 0, 1],
    [1, 0, 0, 0, 0],
]


def mat_mul(A, B):
    return [[sum(A[r][k] * B[k][c] for k in range(5)) % MOD for c in range(5)] for r in range(5)]


def count_vowel_permutation(n: int) -> int:
    result = [[int(r == c) for c in range(5)] for r in range(5)]
    base = T
    p = n - 1
    while p:
        if p & 1:
            result = mat_mul(result, base)
        base = mat_mul(base, base)
        p >>= 1
    return sum(map(sum, result)) % MOD

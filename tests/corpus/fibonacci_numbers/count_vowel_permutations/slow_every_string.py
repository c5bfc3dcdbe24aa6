# expect: time_limit
# grokpat: count-vowel-permutations
def count_vowel_permutation(n):
    follows = {"a": "e", "e": "ai", "i": "aeou", "o": "iu", "u": "a"}

    def extend(length, last):
        if length == n:
            return 1
        return sum(extend(length + 1, w) for w in follows[last])

    return sum(extend(1, v) for v in "aeiou") % (10**9 + 7)

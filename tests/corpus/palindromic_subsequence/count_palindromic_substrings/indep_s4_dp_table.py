# expect: accepted
# grokpat: count-palindromic-substrings
def count_palindromic_substrings(s: str) -> int:
    n = len(s)
    # pal[j] for the current i: is s[i..j] a palindrome; iterate i downward
    pal = [False] * n
    count = 0
    for i in range(n - 1, -1, -1):
        new = [False] * n
        for j in range(i, n):
            if s[i] == s[j] and (j - i < 2 or pal[j - 1]):
                new[j] = True
                count += 1
        pal = new
    return count

# expect: accepted
# grokpat: permutation-in-string
def check_inclusion(pattern, s):
    need = Counter(pattern)
    left = 0
    for right, ch in enumerate(s):
        need[ch] -= 1
        while need[ch] < 0:          # too many ch (or a letter pattern lacks): shrink
            need[s[left]] += 1
            left += 1
        if right - left + 1 == len(pattern):
            return True
    return False

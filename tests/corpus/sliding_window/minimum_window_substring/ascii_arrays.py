# expect: accepted
# grokpat: minimum-window-substring
def min_window(s, t):
    if len(t) > len(s):
        return ""
    need = [0] * 128
    for ch in t:
        need[ord(ch)] += 1
    count = len(t)
    left = 0
    min_len, min_start = len(s) + 1, 0
    for right in range(len(s)):
        r = ord(s[right])
        if need[r] > 0:
            count -= 1
        need[r] -= 1
        while count == 0:
            if right - left + 1 < min_len:
                min_len, min_start = right - left + 1, left
            l = ord(s[left])
            need[l] += 1
            if need[l] > 0:
                count += 1
            left += 1
    return "" if min_len > len(s) else s[min_start:min_start + min_len]

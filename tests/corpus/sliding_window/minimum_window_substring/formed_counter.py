# expect: accepted
# grokpat: minimum-window-substring
def min_window(s, t):
    dict_t = Counter(t)
    required = len(dict_t)
    window = {}
    formed = 0
    l = 0
    ans = (float("inf"), None, None)
    for r, c in enumerate(s):
        window[c] = window.get(c, 0) + 1
        if c in dict_t and window[c] == dict_t[c]:
            formed += 1
        while l <= r and formed == required:
            if r - l + 1 < ans[0]:
                ans = (r - l + 1, l, r)
            out = s[l]
            window[out] -= 1
            if out in dict_t and window[out] < dict_t[out]:
                formed -= 1
            l += 1
    return "" if ans[0] == float("inf") else s[ans[1]: ans[2] + 1]

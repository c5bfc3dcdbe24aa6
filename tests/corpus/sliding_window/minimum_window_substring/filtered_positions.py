# expect: accepted
# grokpat: minimum-window-substring
def min_window(s, t):
    want = Counter(t)
    # only the positions of s that hold letters of t matter
    spots = [(i, c) for i, c in enumerate(s) if c in want]
    have = Counter()
    done = 0
    lo = 0
    best_len, best_at = 0, 0
    for hi in range(len(spots)):
        c = spots[hi][1]
        have[c] += 1
        if have[c] == want[c]:
            done += 1
        while done == len(want):
            begin, end = spots[lo][0], spots[hi][0]
            if best_len == 0 or end - begin + 1 < best_len:
                best_len, best_at = end - begin + 1, begin
            d = spots[lo][1]
            have[d] -= 1
            if have[d] < want[d]:
                done -= 1
            lo += 1
    return s[best_at:best_at + best_len]

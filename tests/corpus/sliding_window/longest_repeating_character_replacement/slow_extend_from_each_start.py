# expect: suboptimal
# grokpat: longest-repeating-character-replacement
def character_replacement(s, k):
    best = 0
    for i in range(len(s)):
        counts = {}
        top = 0
        for j in range(i, len(s)):
            counts[s[j]] = counts.get(s[j], 0) + 1
            if counts[s[j]] > top:
                top = counts[s[j]]
            if j - i + 1 - top > k:
                break
            if j - i + 1 > best:
                best = j - i + 1
    return best

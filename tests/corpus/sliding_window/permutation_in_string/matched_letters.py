# expect: accepted
# grokpat: permutation-in-string
def check_inclusion(pattern: str, s: str) -> bool:
    freq = {}
    for ch in pattern:
        freq[ch] = freq.get(ch, 0) + 1
    start = matched = 0
    for end in range(len(s)):
        right = s[end]
        if right in freq:
            freq[right] -= 1
            if freq[right] == 0:
                matched += 1
        if matched == len(freq):
            return True
        if end >= len(pattern) - 1:
            left = s[start]
            start += 1
            if left in freq:
                if freq[left] == 0:
                    matched -= 1
                freq[left] += 1
    return False

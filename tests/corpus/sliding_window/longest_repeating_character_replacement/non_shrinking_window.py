# expect: accepted
# grokpat: longest-repeating-character-replacement
def character_replacement(s: str, k: int) -> int:
    counts = [0] * 26
    top = 0
    left = 0
    for right, ch in enumerate(s):
        i = ord(ch) - ord("A")
        counts[i] += 1
        top = max(top, counts[i])
        if right - left + 1 - top > k:      # slide instead of shrinking
            counts[ord(s[left]) - ord("A")] -= 1
            left += 1
    return len(s) - left

# expect: accepted
# grokpat: longest-repeating-character-replacement
def longest_for(s, k, letter):
    left = other = best = 0
    for right, ch in enumerate(s):
        other += ch != letter
        while other > k:
            other -= s[left] != letter
            left += 1
        best = max(best, right - left + 1)
    return best


def character_replacement(s, k):
    return max(longest_for(s, k, letter) for letter in set(s))

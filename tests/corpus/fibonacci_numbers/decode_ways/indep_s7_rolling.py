# expect: accepted
# grokpat: decode-ways
def num_decodings(s: str) -> int:
    # prev2 = ways(s[:i-1]), prev1 = ways(s[:i])
    prev2, prev1 = 0, 1
    for i, ch in enumerate(s):
        cur = prev1 if ch != "0" else 0
        if i > 0 and s[i - 1] != "0" and 10 <= int(s[i - 1:i + 1]) <= 26:
            cur += prev2
        prev2, prev1 = prev1, cur
    return prev1

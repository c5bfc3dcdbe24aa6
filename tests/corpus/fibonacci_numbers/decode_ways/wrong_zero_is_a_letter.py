# expect: wrong_answer
# grokpat: decode-ways
# mistake: decode-zero
def num_decodings(s):
    after, after_next = 1, 0
    for i in range(len(s) - 1, -1, -1):
        current = after  # '0' alone is taken as a code
        if i + 1 < len(s) and s[i] != "0" and int(s[i : i + 2]) <= 26:
            current += after_next
        after, after_next = current, after
    return after

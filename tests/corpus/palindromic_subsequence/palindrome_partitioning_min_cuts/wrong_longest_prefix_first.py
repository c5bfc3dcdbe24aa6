# expect: wrong_answer
# grokpat: palindrome-partitioning-min-cuts
def min_palindrome_cuts(s):
    # greedy: always cut off the longest palindromic prefix
    pieces = 0
    start = 0
    while start < len(s):
        for end in range(len(s), start, -1):
            piece = s[start:end]
            if piece == piece[::-1]:
                pieces += 1
                start = end
                break
    return pieces - 1

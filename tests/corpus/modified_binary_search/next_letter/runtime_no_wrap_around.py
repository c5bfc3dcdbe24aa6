# expect: runtime_error
# grokpat: next-letter
def next_greatest_letter(letters, target):
    lo, hi = 0, len(letters) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if letters[mid] <= target:
            lo = mid + 1
        else:
            hi = mid - 1
    return letters[lo]      # IndexError when no letter is greater than target

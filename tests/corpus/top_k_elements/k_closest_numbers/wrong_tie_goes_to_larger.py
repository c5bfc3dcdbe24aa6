# expect: wrong_answer
# grokpat: k-closest-numbers
def find_closest_elements(arr, k, x):
    lo, hi = 0, len(arr) - 1
    while hi - lo >= k:
        if abs(arr[lo] - x) >= abs(arr[hi] - x):   # on a tie this drops the smaller number
            lo += 1
        else:
            hi -= 1
    return arr[lo:hi + 1]

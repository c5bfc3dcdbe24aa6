# expect: accepted
# grokpat: k-closest-numbers
def find_closest_elements(arr, k, x):
    n = len(arr)
    # first index with arr[i] >= x
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if arr[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    left, right = lo - 1, lo  # window is (left, right) exclusive
    for _ in range(k):
        if left < 0:
            right += 1
        elif right >= n:
            left -= 1
        elif x - arr[left] <= arr[right] - x:
            left -= 1
        else:
            right += 1
    return arr[left + 1:right]

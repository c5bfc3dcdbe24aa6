# expect: suboptimal
# grokpat: k-closest-numbers
def find_closest_elements(arr, k, x):
    taken = [False] * len(arr)
    for _ in range(k):
        best = -1
        for i, a in enumerate(arr):      # a full scan for every number taken
            if not taken[i] and (best < 0 or abs(a - x) < abs(arr[best] - x)):
                best = i
        taken[best] = True
    return [a for i, a in enumerate(arr) if taken[i]]

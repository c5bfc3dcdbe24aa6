# expect: wrong_answer
# grokpat: xor-queries-of-a-subarray
def xor_queries(arr, queries):
    prefix = [0]
    for v in arr:
        prefix.append(prefix[-1] ^ v)
    return [prefix[r] ^ prefix[l] for l, r in queries]     # drops arr[r]

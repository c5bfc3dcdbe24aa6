# expect: suboptimal
# grokpat: kth-smallest-in-m-sorted-lists
def kth_smallest_in_lists(lists, k):
    everything = []
    for lst in lists:
        everything.extend(lst)
    everything.sort()
    return everything[k - 1]

# expect: wrong_answer
# grokpat: kth-smallest-in-m-sorted-lists
# mistake: counts-distinct
def kth_smallest_in_lists(lists, k):
    distinct = sorted({x for lst in lists for x in lst})   # duplicates must count separately
    return distinct[min(k, len(distinct)) - 1]

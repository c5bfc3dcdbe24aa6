# expect: wrong_answer
# grokpat: sliding-window-median
# mistake: window-lost
import bisect


def median_sliding_window(nums, k):
    window = sorted(nums[:k])
    out = []
    for i in range(k, len(nums)):          # records each window before sliding: the last one is lost
        out.append(window[k // 2] if k % 2 else (window[k // 2 - 1] + window[k // 2]) / 2)
        del window[bisect.bisect_left(window, nums[i - k])]
        bisect.insort(window, nums[i])
    return out

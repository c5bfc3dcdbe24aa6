# expect: wrong_answer
# grokpat: sliding-window-median
def median_sliding_window(nums, k):
    return [float(sorted(nums[i:i + k])[k // 2]) for i in range(len(nums) - k + 1)]

# expect: wrong_answer
# grokpat: find-corrupt-pair
def find_corrupt_numbers(nums):
    s = sorted(nums)
    for a, b in zip(s, s[1:]):
        if a == b:
            return [a, a + 1]  # assumes the missing number comes right after the duplicate
    return [-1, -1]

# expect: suboptimal
# grokpat: sequence-reconstruction
def sequence_reconstruction(nums, sequences):
    # each neighbouring pair of nums must sit side by side in some sequence
    seen = set(x for s in sequences for x in s)
    if len(seen) != len(nums):
        return False
    for i in range(len(nums) - 1):
        found = False
        for s in sequences:
            for j in range(len(s) - 1):
                if s[j] == nums[i] and s[j + 1] == nums[i + 1]:
                    found = True
                    break
            if found:
                break
        if not found:
            return False
    return True

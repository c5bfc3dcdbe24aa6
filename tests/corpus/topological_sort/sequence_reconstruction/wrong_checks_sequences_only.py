# expect: wrong_answer
# grokpat: sequence-reconstruction
# mistake: unique-order
def sequence_reconstruction(nums, sequences):
    # checks that each sequence agrees with nums and covers the numbers; says nothing of uniqueness
    pos = {v: i for i, v in enumerate(nums)}
    covered = set()
    for s in sequences:
        covered.update(s)
        if any(pos[a] > pos[b] for a, b in zip(s, s[1:])):
            return False
    return len(covered) == len(nums)

# expect: wrong_answer
# grokpat: house-thief
# mistake: sequential-update
def house_thief(wealth):
    prev2 = prev1 = 0
    for w in wealth:
        prev1 = max(prev1, prev2 + w)
        prev2 = prev1  # should be the old prev1
    return prev1

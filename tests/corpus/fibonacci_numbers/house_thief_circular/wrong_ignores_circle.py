# expect: wrong_answer
# grokpat: house-thief-circular
# mistake: circle-ends
def house_thief_circular(wealth):
    prev2 = prev1 = 0
    for w in wealth:
        prev2, prev1 = prev1, max(prev1, prev2 + w)
    return prev1

# expect: wrong_answer
# grokpat: house-thief
# mistake: every-other
def house_thief(wealth):
    return max(sum(wealth[0::2]), sum(wealth[1::2]))

# expect: wrong_answer
# grokpat: house-thief
def house_thief(wealth):
    return max(sum(wealth[0::2]), sum(wealth[1::2]))

# expect: wrong_answer
# grokpat: house-thief-circular
# mistake: single-house
def house_thief_circular(wealth):
    def line(houses):
        prev2 = prev1 = 0
        for w in houses:
            prev2, prev1 = prev1, max(prev1, prev2 + w)
        return prev1

    return max(line(wealth[1:]), line(wealth[:-1]))  # one house: both slices are empty

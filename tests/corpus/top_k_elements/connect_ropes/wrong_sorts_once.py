# expect: wrong_answer
# grokpat: connect-ropes
# mistake: sorts-once
def min_cost_to_connect_ropes(ropes):
    ropes = sorted(ropes)
    cost, current = 0, ropes[0]
    for length in ropes[1:]:         # keeps growing one rope; the joined rope is never compared again
        current += length
        cost += current
    return cost

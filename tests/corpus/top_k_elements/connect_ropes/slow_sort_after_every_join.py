# expect: suboptimal
# grokpat: connect-ropes
def min_cost_to_connect_ropes(ropes):
    ropes = sorted(ropes)
    cost = 0
    while len(ropes) > 1:
        joined = ropes.pop(0) + ropes.pop(0)
        cost += joined
        ropes.append(joined)
        ropes.sort()                 # sorts again after every join
    return cost

# expect: wrong_answer
# grokpat: trapping-rain-water
# mistake: one-side-bound
def trap(height):
    best = 0
    water = 0
    for h in height:
        best = max(best, h)
        water += best - h  # the right side may be lower: the water would run off there
    return water

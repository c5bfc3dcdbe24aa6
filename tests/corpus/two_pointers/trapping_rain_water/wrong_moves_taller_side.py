# expect: wrong_answer
# grokpat: trapping-rain-water
# mistake: unjustified-move
def trap(height):
    l, r = 0, len(height) - 1
    lmax = rmax = 0
    res = 0
    while l < r:
        lmax = max(lmax, height[l])
        rmax = max(rmax, height[r])
        if height[l] > height[r]:  # moves the taller side inward
            res += lmax - height[l]
            l += 1
        else:
            res += rmax - height[r]
            r -= 1
    return res

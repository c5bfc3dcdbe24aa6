# expect: wrong_answer
# grokpat: circular-array-loop
# mistake: invalid-circular-loop
def circular_array_loop(nums: list[int]) -> bool:
    n = len(nums)
    nxt = lambda i: (i + nums[i]) % n
    for i in range(n):
        slow, fast = i, i
        while True:
            slow = nxt(slow)
            fast = nxt(nxt(fast))
            if slow == fast:
                break
        if nxt(slow) != slow:      # only rules out self loops, never checks signs
            return True
    return False

# expect: accepted
# grokpat: circular-array-loop
def circular_array_loop(nums):
    n = len(nums)
    dead = [False] * n
    step = lambda i: (i + nums[i]) % n
    ok = lambda i, fwd: not dead[i] and (nums[i] > 0) == fwd

    for start in range(n):
        if dead[start]:
            continue
        fwd = nums[start] > 0
        slow = fast = start
        while True:
            slow = step(slow)
            if not ok(fast, fwd) or not ok(step(fast), fwd):
                break
            fast = step(step(fast))
            if not ok(fast, fwd):
                break
            if slow == fast:
                if step(slow) != slow:
                    return True
                break
        i = start
        while ok(i, fwd):
            dead[i] = True
            i = step(i)
    return False

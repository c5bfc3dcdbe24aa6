# expect: accepted
# grokpat: start-of-linked-list-cycle
def cycle_start(head):
    if head is None:
        return None
    # Brent's algorithm: find the cycle length lam, then walk two pointers lam apart
    power = lam = 1
    tortoise, hare = head, head.next
    while hare is not tortoise:
        if hare is None:
            return None
        if power == lam:
            tortoise, power, lam = hare, power * 2, 0
        hare = hare.next
        lam += 1
    tortoise = hare = head
    for _ in range(lam):
        hare = hare.next
    while tortoise is not hare:
        tortoise, hare = tortoise.next, hare.next
    return tortoise

# expect: accepted
# grokpat: linked-list-cycle
def has_cycle(head) -> bool:
    # Brent: teleport the tortoise to the hare every power of two steps
    if head is None:
        return False
    power = lam = 1
    tortoise, hare = head, head.next
    while hare is not None:
        if tortoise is hare:
            return True
        if power == lam:
            tortoise, power, lam = hare, power * 2, 0
        hare = hare.next
        lam += 1
    return False

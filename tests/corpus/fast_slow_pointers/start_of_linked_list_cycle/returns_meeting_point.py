# expect: wrong_answer
# grokpat: start-of-linked-list-cycle
# mistake: phase-two-wrong
def cycle_start(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            return slow          # where they met, not where the cycle starts
    return None

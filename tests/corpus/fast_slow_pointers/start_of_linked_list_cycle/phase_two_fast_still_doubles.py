# expect: wrong_answer
# grokpat: start-of-linked-list-cycle
# mistake: phase-two-wrong
def cycle_start(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            slow = head
            while slow is not fast:
                slow, fast = slow.next, fast.next.next   # should be one step each
            return slow
    return None

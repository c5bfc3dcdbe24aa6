# expect: wrong_answer
# grokpat: start-of-linked-list-cycle
# mistake: returns-value-not-node
def cycle_start(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            finder = head
            while finder is not slow:
                finder, slow = finder.next, slow.next
            return finder
    return False              # the statement asks for None

# expect: wrong_answer
# grokpat: linked-list-cycle
# mistake: compares-values
def has_cycle(head) -> bool:
    seen = set()
    while head:
        if head.val in seen:        # a repeated value is not a repeated node
            return True
        seen.add(head.val)
        head = head.next
    return False

# expect: wrong_answer
# grokpat: palindrome-linked-list
# mistake: wrong-middle
def is_palindrome(head) -> bool:
    stack, slow, fast = [], head, head
    while fast and fast.next:
        stack.append(slow.val)
        slow, fast = slow.next, fast.next.next
    # forgot: on an odd length, skip the middle node (slow = slow.next when fast is set)
    while slow:
        if stack.pop() != slow.val:
            return False
        slow = slow.next
    return True

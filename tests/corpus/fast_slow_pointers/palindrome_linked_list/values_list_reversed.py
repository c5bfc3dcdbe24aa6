# expect: accepted
# grokpat: palindrome-linked-list
def is_palindrome(head) -> bool:
    vals = []
    while head:
        vals.append(head.val)
        head = head.next
    return vals == vals[::-1]

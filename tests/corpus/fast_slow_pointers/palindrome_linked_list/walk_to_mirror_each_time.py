# expect: suboptimal
# grokpat: palindrome-linked-list
def is_palindrome(head) -> bool:
    n, node = 0, head
    while node:
        n += 1
        node = node.next
    left = head
    for i in range(n // 2):
        right = head
        for _ in range(n - 1 - i):      # walk from the head to the mirror node every time
            right = right.next
        if left.val != right.val:
            return False
        left = left.next
    return True

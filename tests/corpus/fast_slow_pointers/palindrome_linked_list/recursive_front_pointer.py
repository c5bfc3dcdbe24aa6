# expect: accepted
# grokpat: palindrome-linked-list
def is_palindrome(head) -> bool:
    front = head

    def check(node):
        nonlocal front
        if node is None:
            return True
        if not check(node.next):
            return False
        if node.val != front.val:
            return False
        front = front.next
        return True

    return check(head)

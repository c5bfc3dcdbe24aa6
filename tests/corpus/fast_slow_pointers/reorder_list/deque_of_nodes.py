# expect: accepted
# grokpat: reorder-list
def reorder_list(head) -> None:
    dq = deque()
    node = head
    while node:
        dq.append(node)
        node = node.next
    tail = dq.popleft()
    front = False
    while dq:
        nxt = dq.popleft() if front else dq.pop()
        tail.next = nxt
        tail = nxt
        front = not front
    tail.next = None

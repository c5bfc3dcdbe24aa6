# expect: wrong_answer
# grokpat: reorder-list
# mistake: relink-wrong
def reorder_list(head) -> None:
    dq = deque()
    node = head
    while node:
        dq.append(node)
        node = node.next
    tail = dq.popleft()
    from_back = True
    while dq:
        nxt = dq.pop() if from_back else dq.popleft()
        tail.next, tail = nxt, nxt
        from_back = not from_back
    # forgot tail.next = None: the last node still points where it used to

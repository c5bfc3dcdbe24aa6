# expect: accepted
# grokpat: start-of-linked-list-cycle
def cycle_start(head):
    slow = fast = head
    while fast and fast.next:
        slow, fast = slow.next, fast.next.next
        if slow is fast:
            break
    else:
        return None
    # length of the cycle
    k, node = 1, slow.next
    while node is not slow:
        k, node = k + 1, node.next
    # a leader k nodes ahead meets the follower at the cycle's start
    leader = follower = head
    for _ in range(k):
        leader = leader.next
    while leader is not follower:
        leader, follower = leader.next, follower.next
    return follower

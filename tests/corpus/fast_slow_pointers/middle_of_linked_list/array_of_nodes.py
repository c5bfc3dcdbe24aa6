# expect: accepted
# grokpat: middle-of-linked-list
from grokpat import ListNode


def middle_node(head: ListNode | None) -> ListNode | None:
    nodes = [head]
    while nodes[-1].next:
        nodes.append(nodes[-1].next)
    return nodes[len(nodes) // 2]

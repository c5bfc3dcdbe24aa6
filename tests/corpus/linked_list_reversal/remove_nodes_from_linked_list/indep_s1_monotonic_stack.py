# expect: accepted
# grokpat: remove-nodes-from-linked-list
class Solution:
    def remove_nodes(self, head):
        stack = []
        node = head
        while node:
            while stack and stack[-1].val < node.val:
                stack.pop()
            stack.append(node)
            node = node.next
        for a, b in zip(stack, stack[1:]):
            a.next = b
        stack[-1].next = None
        return stack[0]

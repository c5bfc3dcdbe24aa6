# expect: accepted
# grokpat: merge-two-sorted-lists
class Solution:
    def merge_two_lists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        if list1 is None:
            return list2
        if list2 is None:
            return list1
        if list1.val <= list2.val:
            list1.next = self.merge_two_lists(list1.next, list2)
            return list1
        list2.next = self.merge_two_lists(list1, list2.next)
        return list2

"""Palindrome LinkedList: reference (middle + reverse the second half), oracle and hooks."""

import random

from problems.nodes import ListNode


def _reverse(head: ListNode | None) -> ListNode | None:
    """Reverse a list in place and return its new head."""
    prev = None
    while head is not None:
        head.next, prev, head = prev, head, head.next
    return prev


def is_palindrome(head: ListNode | None) -> bool:
    """Find the middle, reverse the second half, compare the halves, restore. O(n), O(1) space."""
    # 1. slow ends on the middle (the second middle for an even length)
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow = slow.next
        fast = fast.next.next

    # 2. reverse the second half: it now runs from the last node back to the middle
    second = _reverse(slow)

    # 3. compare the first half with the reversed second half; the reversed half is
    #    never longer than the first, and for an odd length both end on the middle node
    left, right = head, second
    palindrome = True
    while right is not None:
        if left.val != right.val:
            palindrome = False
            break
        left, right = left.next, right.next

    # 4. put the list back as it was (the node before the middle still points to it)
    _reverse(second)
    return palindrome


def brute_force(head: ListNode | None) -> bool:
    """Copy the values into a Python list and compare it with its reverse."""
    values = []
    while head is not None:
        values.append(head.val)
        head = head.next
    return values == values[::-1]


def inputs():
    """Random lists, palindromes, and palindromes with one value changed."""
    from hypothesis import strategies as st

    digit = st.integers(0, 9)

    @st.composite
    def palindrome(draw):
        half = draw(st.lists(st.integers(0, 3), min_size=0, max_size=15))
        middle = draw(st.lists(st.integers(0, 3), min_size=0, max_size=1))
        values = half + middle + half[::-1]
        return values or [draw(digit)]

    @st.composite
    def near_palindrome(draw):
        values = draw(palindrome())
        i = draw(st.integers(0, len(values) - 1))
        values[i] = draw(digit)  # may or may not break the symmetry
        return values

    random_list = st.lists(st.integers(0, 2), min_size=1, max_size=30)
    return st.one_of(palindrome(), near_palindrome(), random_list).map(lambda values: {"head": values})


def probe(n: int, rng: random.Random) -> dict:
    """A palindrome of n values: the whole list must be compared (the worst case)."""
    half = [rng.randint(0, 9) for _ in range(n // 2)]
    middle = [rng.randint(0, 9)] if n % 2 else []
    return {"head": half + middle + half[::-1]}

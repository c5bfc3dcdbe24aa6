"""Flip and Invert an Image: reference (swap from both ends, flipping each bit with ^ 1) and oracle."""


def flip_and_invert_image(image: list[list[int]]) -> list[list[int]]:
    """Per row, swap the ends inwards and invert both with ^ 1 in the same step; O(n^2) time, O(1) extra space.

    x ^ 1 flips a single bit (0 -> 1, 1 -> 0). When the row length is odd the two pointers
    meet on the middle cell, which is inverted once (it stays in place under the flip).
    """
    for row in image:
        lo, hi = 0, len(row) - 1
        while lo <= hi:
            row[lo], row[hi] = row[hi] ^ 1, row[lo] ^ 1
            lo += 1
            hi -= 1
    return image


def brute_force(image: list[list[int]]) -> list[list[int]]:
    """A new image: each row read backwards, each value replaced by 1 - value."""
    return [[1 - row[j] for j in range(len(row) - 1, -1, -1)] for row in image]

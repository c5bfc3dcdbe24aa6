"""Letter Combinations of a Phone Number: reference (backtracking, one letter per digit) and
oracle (the Cartesian product of the digits' letters)."""

from itertools import product

KEYS = {"2": "abc", "3": "def", "4": "ghi", "5": "jkl", "6": "mno", "7": "pqrs", "8": "tuv", "9": "wxyz"}


def letter_combinations(digits: str) -> list[str]:
    """Choose a letter for the current digit, recurse on the next digit, un-choose; record
    the path when every digit has a letter. O(n · 4^n) for n digits, the size of the output."""
    if not digits:
        return []
    result: list[str] = []
    path: list[str] = []

    def backtrack(i: int) -> None:
        if i == len(digits):
            result.append("".join(path))
            return
        for letter in KEYS[digits[i]]:
            path.append(letter)
            backtrack(i + 1)
            path.pop()

    backtrack(0)
    return result


def brute_force(digits: str) -> list[str]:
    """itertools.product over each digit's letters (nothing for no digits)."""
    return ["".join(p) for p in product(*(KEYS[d] for d in digits))] if digits else []

"""Restore IP Addresses: reference (backtracking over part lengths with pruning) and oracle
(every choice of three cut positions)."""

from itertools import combinations


def restore_ip_addresses(s: str) -> list[str]:
    """Choose the next part (1 to 3 digits, no leading zero, at most 255), recurse on the
    rest, un-choose. A branch stops when the digits left cannot fill the parts left. At most
    3^4 branches: O(1) work for any s."""
    result: list[str] = []
    parts: list[str] = []

    def backtrack(start: int) -> None:
        left = len(s) - start
        need = 4 - len(parts)
        if need == 0:
            if left == 0:
                result.append(".".join(parts))
            return
        if not need <= left <= 3 * need:
            return  # prune: too few or too many digits for the parts still missing
        for length in range(1, 4):
            piece = s[start : start + length]
            if len(piece) < length or (len(piece) > 1 and piece[0] == "0") or int(piece) > 255:
                break
            parts.append(piece)
            backtrack(start + length)
            parts.pop()

    backtrack(0)
    return result


def brute_force(s: str) -> list[str]:
    """Every way to cut s at three of its len(s) - 1 gaps; keep the cuts whose four parts
    read back to themselves as integers 0..255 (which rules out leading zeros)."""
    out = []
    for a, b, c in combinations(range(1, len(s)), 3):
        parts = [s[:a], s[a:b], s[b:c], s[c:]]
        if all(str(int(p)) == p and int(p) <= 255 for p in parts):
            out.append(".".join(parts))
    return out


def inputs():
    """Digit strings of any length up to 20, and often the digits of a real address (random
    parts, zeros and 25x values favoured), so that answers exist."""
    from hypothesis import strategies as st

    part = st.one_of(st.integers(0, 255), st.sampled_from([0, 1, 2, 10, 25, 100, 199, 200, 249, 250, 255]))
    address = st.lists(part, min_size=4, max_size=4).map(lambda ps: "".join(map(str, ps)))
    digits = st.one_of(st.text("0123456789", min_size=1, max_size=20), st.text("0125", min_size=4, max_size=12))
    return st.one_of(address, address, digits).map(lambda s: {"s": s})

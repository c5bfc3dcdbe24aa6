"""Different Ways to Add Parentheses: reference (split at the last operator applied, memoised
over token ranges) and oracle (collapse neighbouring pairs in every order, then eval)."""

from functools import lru_cache
import operator
import re

OPS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


def diff_ways_to_compute(expression: str) -> list[int]:
    """Every parenthesisation applies some operator last: its results are all combinations of
    a result of the left part and one of the right part. Memoised on (first, last) number
    index, each range is solved once; the work is dominated by the C(k) results."""
    tokens = re.findall(r"\d+|[-+*]", expression)
    nums, ops = [int(t) for t in tokens[::2]], tokens[1::2]

    @lru_cache(maxsize=None)
    def ways(lo: int, hi: int) -> tuple[int, ...]:  # numbers lo..hi and the operators between them
        if lo == hi:
            return (nums[lo],)
        out: list[int] = []
        for k in range(lo, hi):  # ops[k] sits between nums[k] and nums[k + 1]
            apply = OPS[ops[k]]
            out.extend(apply(a, b) for a in ways(lo, k) for b in ways(k + 1, hi))
        return tuple(out)

    return list(ways(0, len(nums) - 1))


def brute_force(expression: str) -> list[int]:
    """Repeatedly wrap two neighbouring terms and their operator in parentheses, in every
    order; the distinct fully bracketed strings are the ways, each evaluated by eval()."""
    tokens = re.findall(r"\d+|[-+*]", expression)
    start = (tuple(tokens[::2]), tuple(tokens[1::2]))
    seen, frontier = {start}, [start]
    while frontier:
        nxt = []
        for terms, ops in frontier:
            for i in range(len(ops)):
                merged = "(" + terms[i] + ops[i] + terms[i + 1] + ")"
                state = (terms[:i] + (merged,) + terms[i + 2 :], ops[:i] + ops[i + 1 :])
                if state not in seen:
                    seen.add(state)
                    nxt.append(state)
        frontier = nxt
    finished = [terms[0] for terms, ops in seen if not ops]
    return sorted(eval(s) for s in finished)


def inputs():
    """Valid expressions: 1 to 7 numbers from 0 to 99 (small ones often), any operators."""
    from hypothesis import strategies as st

    number = st.one_of(st.integers(0, 9), st.integers(0, 99))

    @st.composite
    def draw(draw):
        nums = draw(st.lists(number, min_size=1, max_size=7))
        ops = draw(st.lists(st.sampled_from("+-*"), min_size=len(nums) - 1, max_size=len(nums) - 1))
        text = str(nums[0]) + "".join(op + str(x) for op, x in zip(ops, nums[1:]))
        return {"expression": text}

    return draw()

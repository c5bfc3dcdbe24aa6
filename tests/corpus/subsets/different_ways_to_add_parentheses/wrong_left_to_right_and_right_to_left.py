# expect: wrong_answer
# grokpat: different-ways-to-add-parentheses
import re


def diff_ways_to_compute(expression):
    toks = re.findall(r"\d+|[-+*]", expression)
    nums, ops = [int(t) for t in toks[::2]], toks[1::2]
    f = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
    left = nums[0]
    for op, x in zip(ops, nums[1:]):
        left = f[op](left, x)
    right = nums[-1]
    for op, x in zip(reversed(ops), reversed(nums[:-1])):
        right = f[op](x, right)
    return [left] if not ops else [left, right]  # only two of the C(k) orders

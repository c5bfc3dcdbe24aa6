# expect: wrong_answer
# grokpat: form-largest-integer
from functools import lru_cache


def form_largest_integer(cost, target):
    @lru_cache(maxsize=None)
    def best(t):
        """Tries the digits from 9 down and keeps the first that works: big digits, not many."""
        if t == 0:
            return ""
        for d in range(9, 0, -1):
            c = cost[d - 1]
            if c <= t:
                rest = best(t - c)
                if rest is not None:
                    return str(d) + rest
        return None

    answer = best(target)
    return answer if answer else "0"

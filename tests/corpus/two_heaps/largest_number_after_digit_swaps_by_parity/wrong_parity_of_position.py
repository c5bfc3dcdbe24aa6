# expect: wrong_answer
# grokpat: largest-number-after-digit-swaps-by-parity
import heapq


def largest_integer(num):
    s = str(num)
    groups = [[-int(c) for c in s[0::2]], [-int(c) for c in s[1::2]]]   # groups by index parity, not digit parity
    for g in groups:
        heapq.heapify(g)
    return int("".join(str(-heapq.heappop(groups[i % 2])) for i in range(len(s))))

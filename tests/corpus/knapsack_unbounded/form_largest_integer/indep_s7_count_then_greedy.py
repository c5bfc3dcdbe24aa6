# expect: accepted
# grokpat: form-largest-integer
class Solution:
    def form_largest_integer(self, cost: List[int], target: int) -> str:
        NEG = -1
        most = [NEG] * (target + 1)  # most digits with cost exactly t
        most[0] = 0
        for t in range(1, target + 1):
            best = NEG
            for c in cost:
                if c <= t and most[t - c] != NEG and most[t - c] + 1 > best:
                    best = most[t - c] + 1
            most[t] = best
        if most[target] <= 0:
            return "0"
        out = []
        rem = target
        while rem:
            for d in range(9, 0, -1):
                c = cost[d - 1]
                if c <= rem and most[rem - c] == most[rem] - 1:
                    out.append(str(d))
                    rem -= c
                    break
        return "".join(out)

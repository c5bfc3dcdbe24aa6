# expect: suboptimal
# grokpat: connect-ropes
class Solution:
    def min_cost_to_connect_ropes(self, ropes: List[int]) -> int:
        ropes = list(ropes)
        cost = 0
        while len(ropes) > 1:
            a = 0
            for i in range(len(ropes)):
                if ropes[i] < ropes[a]:
                    a = i
            first = ropes.pop(a)
            b = 0
            for i in range(len(ropes)):
                if ropes[i] < ropes[b]:
                    b = i
            second = ropes.pop(b)
            cost += first + second
            ropes.append(first + second)
        return cost

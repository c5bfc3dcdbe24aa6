# expect: accepted
# grokpat: happy-number
class Solution:
    def is_happy(self, n: int) -> bool:
        def get_next(x):
            total = 0
            while x:
                x, d = divmod(x, 10)
                total += d * d
            return total

        slow, fast = n, get_next(n)
        while fast != 1 and slow != fast:
            slow = get_next(slow)
            fast = get_next(get_next(fast))
        return fast == 1

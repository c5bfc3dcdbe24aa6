# expect: accepted
# grokpat: balanced-parentheses
class Solution:
    def generate_parentheses(self, n: int) -> List[str]:
        q = deque([("", 0, 0)])
        out = []
        while q:
            s, o, c = q.popleft()
            if c == n:
                out.append(s)
                continue
            if o < n:
                q.append((s + "(", o + 1, c))
            if c < o:
                q.append((s + ")", o, c + 1))
        return out

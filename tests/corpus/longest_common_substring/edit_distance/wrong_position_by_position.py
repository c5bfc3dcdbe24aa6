# expect: wrong_answer
# grokpat: edit-distance
# mistake: edit-operations
class Solution:
    def edit_distance(self, s1: str, s2: str) -> int:
        # replace where the positions differ, then insert or delete the rest
        differ = sum(1 for a, b in zip(s1, s2) if a != b)
        return differ + abs(len(s1) - len(s2))

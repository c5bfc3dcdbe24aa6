# expect: wrong_answer
# grokpat: flip-and-invert-image
class Solution:
    def flip_and_invert_image(self, image: List[List[int]]) -> List[List[int]]:
        return [[~x for x in reversed(row)] for row in image]     # ~0 is -1, not 1

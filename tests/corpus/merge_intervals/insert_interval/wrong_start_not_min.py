# expect: wrong_answer
# grokpat: insert-interval
# mistake: block-not-widened
def insert(intervals, new_interval):
    start, end = new_interval
    before = [iv for iv in intervals if iv[1] < start]
    after = [iv for iv in intervals if iv[0] > end]
    middle = [iv for iv in intervals if not (iv[1] < start or iv[0] > end)]
    if middle:
        end = max(end, middle[-1][1])  # widens the end but forgets the start
    return before + [[start, end]] + after

# expect: wrong_answer
# grokpat: complement-of-base-10
def bitwise_complement(n):
    return ~n                # -n - 1 for Python's unbounded ints

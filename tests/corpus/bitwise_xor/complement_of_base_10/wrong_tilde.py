# expect: wrong_answer
# grokpat: complement-of-base-10
# mistake: tilde-is-negative
def bitwise_complement(n):
    return ~n                # -n - 1 for Python's unbounded ints

# expect: wrong_answer
# grokpat: satisfiability-of-equality-equations
# mistake: transitivity
def equations_possible(equations):
    # only direct contradictions are found: a == b with a != b
    equal = {(e[0], e[3]) for e in equations if e[1] == "="}
    for e in equations:
        if e[1] == "!":
            if e[0] == e[3] or (e[0], e[3]) in equal or (e[3], e[0]) in equal:
                return False
    return True

# expect: suboptimal
# grokpat: satisfiability-of-equality-equations
def equations_possible(equations):
    same = [(e[0], e[3]) for e in equations if e[1] == "="]
    for e in equations:
        if e[1] == "!":
            # everything equal to e[0], by sweeping the equalities until nothing changes
            group = {e[0]}
            grew = True
            while grew:
                grew = False
                for x, y in same:
                    if (x in group) != (y in group):
                        group |= {x, y}
                        grew = True
            if e[3] in group:
                return False
    return True

# expect: wrong_answer
# grokpat: tasks-scheduling
# mistake: cycle-unchecked
def is_scheduling_possible(tasks, prerequisites):
    # catches [a, b] together with [b, a], but not longer circles
    pairs = {tuple(p) for p in prerequisites}
    return not any((b, a) in pairs for a, b in pairs)

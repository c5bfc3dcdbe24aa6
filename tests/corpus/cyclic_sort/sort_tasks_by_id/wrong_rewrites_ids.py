# expect: wrong_answer
# grokpat: sort-tasks-by-id
def sort_tasks(tasks):
    for i, task in enumerate(tasks):
        task[0] = i + 1  # the ids come out right, but each duration stays where it was

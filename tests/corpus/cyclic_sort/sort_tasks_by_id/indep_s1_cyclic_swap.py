# expect: accepted
# grokpat: sort-tasks-by-id
def sort_tasks(tasks):
    i = 0
    n = len(tasks)
    while i < n:
        j = tasks[i][0] - 1
        if j != i:
            tasks[i], tasks[j] = tasks[j], tasks[i]
        else:
            i += 1

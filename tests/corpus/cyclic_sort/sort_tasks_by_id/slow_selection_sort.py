# expect: suboptimal
# grokpat: sort-tasks-by-id
def sort_tasks(tasks):
    n = len(tasks)
    for i in range(n):
        smallest = i
        for j in range(i + 1, n):
            if tasks[j][0] < tasks[smallest][0]:
                smallest = j
        tasks[i], tasks[smallest] = tasks[smallest], tasks[i]

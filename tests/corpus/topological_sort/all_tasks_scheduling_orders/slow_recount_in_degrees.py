# expect: suboptimal
# grokpat: all-tasks-scheduling-orders
def all_task_orders(tasks, prerequisites):
    results = []

    def free_tasks(placed):
        # recount, from all the pairs, which tasks still wait for something
        waiting = set()
        for a, b in prerequisites:
            if a not in placed:
                waiting.add(b)
        return [t for t in range(tasks) if t not in placed and t not in waiting]

    def build(order, placed):
        if len(order) == tasks:
            results.append(order[:])
            return
        for t in free_tasks(placed):
            order.append(t)
            placed.add(t)
            build(order, placed)
            placed.remove(t)
            order.pop()

    build([], set())
    return results

# expect: wrong_answer
# grokpat: single-threaded-cpu
import heapq


def get_order(tasks):
    idx = sorted(range(len(tasks)), key=lambda i: tasks[i][0])
    heap, order, time, k = [], [], 0, 0
    while len(order) < len(tasks):
        if not heap and time < tasks[idx[k]][0]:
            time = tasks[idx[k]][0]
        if k < len(idx) and tasks[idx[k]][0] <= time:    # one arrival per step, not all of them
            heapq.heappush(heap, (tasks[idx[k]][1], idx[k]))
            k += 1
        p, i = heapq.heappop(heap)
        time += p
        order.append(i)
    return order

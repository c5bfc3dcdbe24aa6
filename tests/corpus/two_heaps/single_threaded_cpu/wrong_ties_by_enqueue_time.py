# expect: wrong_answer
# grokpat: single-threaded-cpu
# mistake: tie-by-arrival
import heapq


def get_order(tasks):
    jobs = sorted((e, p, i) for i, (e, p) in enumerate(tasks))
    heap, order, time, k = [], [], 0, 0
    while len(order) < len(tasks):
        if not heap and time < jobs[k][0]:
            time = jobs[k][0]
        while k < len(jobs) and jobs[k][0] <= time:
            e, p, i = jobs[k]
            heapq.heappush(heap, (p, e, i))       # ties go to the earlier arrival, not the smaller index
            k += 1
        p, e, i = heapq.heappop(heap)
        time += p
        order.append(i)
    return order

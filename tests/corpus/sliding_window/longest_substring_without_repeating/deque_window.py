# expect: accepted
# grokpat: longest-substring-without-repeating
def longest_unique_substring(s):
    window = deque()
    inside = set()
    best = 0
    for ch in s:
        while ch in inside:
            inside.discard(window.popleft())
        window.append(ch)
        inside.add(ch)
        if len(window) > best:
            best = len(window)
    return best

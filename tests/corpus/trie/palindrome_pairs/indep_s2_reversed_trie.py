# expect: accepted
# grokpat: palindrome-pairs


def _is_pal(s, lo, hi):
    while lo < hi:
        if s[lo] != s[hi]:
            return False
        lo += 1
        hi -= 1
    return True


class _Node:
    __slots__ = ("next", "word", "pal_rest")

    def __init__(self):
        self.next = {}
        self.word = -1
        self.pal_rest = []  # words whose unread reversed part below here is a palindrome


def palindrome_pairs(words):
    root = _Node()
    for idx, w in enumerate(words):
        node = root
        # insert reversed w: walk w from its last letter to its first
        for k in range(len(w) - 1, -1, -1):
            if _is_pal(w, 0, k):
                node.pal_rest.append(idx)
            node = node.next.setdefault(w[k], _Node())
        node.word = idx
    out = []
    for i, w in enumerate(words):
        node = root
        n = len(w)
        for j in range(n):
            if node.word >= 0 and node.word != i and _is_pal(w, j, n - 1):
                out.append([i, node.word])
            node = node.next.get(w[j])
            if node is None:
                break
        else:
            if node.word >= 0 and node.word != i:
                out.append([i, node.word])
            for k in node.pal_rest:
                out.append([i, k])
    return out

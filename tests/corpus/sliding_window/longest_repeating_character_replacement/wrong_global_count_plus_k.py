# expect: wrong_answer
# grokpat: longest-repeating-character-replacement
# mistake: whole-input-shortcut
from collections import Counter


def character_replacement(s, k):
    most = Counter(s).most_common(1)[0][1]
    return min(len(s), most + k)

# expect: wrong_answer
# grokpat: longest-substring-without-repeating
# mistake: whole-input-shortcut
def longest_unique_substring(s):
    return len(set(s))

# expect: wrong_answer
# grokpat: longest-substring-without-repeating
def longest_unique_substring(s):
    return len(set(s))

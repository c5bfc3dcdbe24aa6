# expect: wrong_answer
# grokpat: generalized-abbreviations
def generate_abbreviations(word):
    # replaces at most one substring
    out = {word}
    for i in range(len(word)):
        for j in range(i + 1, len(word) + 1):
            out.add(word[:i] + str(j - i) + word[j:])
    return list(out)

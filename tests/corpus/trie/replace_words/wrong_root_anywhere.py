# expect: wrong_answer
# grokpat: replace-words
def replace_words(dictionary, sentence):
    out = []
    for w in sentence.split(" "):
        found = [r for r in dictionary if r in w]  # inside the word, not only at its start
        out.append(min(found, key=len) if found else w)
    return " ".join(out)

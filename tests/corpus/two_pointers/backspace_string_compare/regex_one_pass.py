# expect: wrong_answer
# grokpat: backspace-string-compare
# mistake: backspace-skips-two
import re


def backspace_compare(s, t):
    def typed(text):
        # remove every "char + #" pair, then drop backspaces typed into an empty editor
        return re.sub(r"[^#]#", "", text).replace("#", "")

    return typed(s) == typed(t)

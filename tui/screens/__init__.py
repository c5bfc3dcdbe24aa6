"""One module per screen: home, pattern, problem, reviews, stats, help (and the dialogs).

A screen asks the application (``app.practice``, ``app.catalog``, ``grokpat.workspace``)
and hands its widgets the data to draw. Two screens come later, each one more module
here opened by one more app action: a timed mock interview (``mock``) and a
pattern-recognition drill (``drill``).
"""

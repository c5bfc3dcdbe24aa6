"""``python -m grokpat``."""

from grokpat.cli import main

main()

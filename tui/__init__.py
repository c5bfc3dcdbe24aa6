"""The Textual TUI: ``grokpat`` with no arguments (``tui.app.run_app``)."""

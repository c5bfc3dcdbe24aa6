"""Reusable pieces of the TUI. A widget is handed data by its screen and tells its screen
what the learner chose with messages; no widget reaches the store or the judge."""

"""Content: one sub-package per pattern (data read by ``problems``)."""

"""The one error type the CLI turns into a clear line on stderr and exit status 2."""


class UserError(Exception):
    """Bad input from the user: an unknown id, a missing file, a file that exists."""

"""``python -m problems.trial_import FILE``: import a pack's module once, report as JSON.

Run by ``problems.reference.trial_import`` in a throwaway interpreter, so that whatever
the module does at import (loop, ``os._exit``, raise a ``BaseException``) cannot
touch grokpat itself. The last line of stdout is ``{"ok": true}`` or
``{"ok": false, "error": ..., "line": ...}``.
"""

from __future__ import annotations

import json
import os
import sys


def main() -> None:
    path = sys.argv[1]
    out = os.fdopen(os.dup(1), "w")  # the module's own prints must not be taken for the report
    sys.stdout = sys.stderr
    from problems.reference import import_failure, import_module_from

    try:
        import_module_from(path, "grokpat_trial")
        report: dict[str, object] = {"ok": True}
    except BaseException as exc:
        message, line = import_failure(exc, path)
        report = {"ok": False, "error": message, "line": line}
    out.write("\n" + json.dumps(report) + "\n")
    out.flush()
    os._exit(0)  # threads the module started must not keep this interpreter alive


if __name__ == "__main__":
    main()

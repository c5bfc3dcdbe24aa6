"""The sandbox's non-root path (a user namespace) holds too: no network, a read-only file
system outside the worker's folder, and no way to clear that flag from inside.

The suite runs as root here, so this test drops to ``nobody`` with setpriv and drives
``judge.sandbox`` from the system interpreter (the project's own Python lives in root's
private home, which nobody cannot read).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SYSTEM_PYTHON = Path("/usr/bin/python3")
SETPRIV = shutil.which("setpriv")

SOLUTION = r'''
import ctypes, socket, sys
libc = ctypes.CDLL(None, use_errno=True)
class Attr(ctypes.Structure):
    _fields_ = [("set", ctypes.c_uint64), ("clear", ctypes.c_uint64), ("prop", ctypes.c_uint64), ("userns", ctypes.c_uint64)]
attr = Attr(0, 1, 0, 0)  # try to clear MOUNT_ATTR_RDONLY on /
print("clear-ro", libc.syscall(442, -100, b"/", 0, ctypes.byref(attr), ctypes.sizeof(attr)), file=sys.stderr)
for path in (OUTSIDE, "inside.txt"):
    try:
        open(path, "w").write("x")
        print("wrote", path, file=sys.stderr)
    except OSError as exc:
        print("refused", path, exc.errno, file=sys.stderr)
try:
    socket.create_connection(("127.0.0.1", PORT), timeout=1)
    print("network", file=sys.stderr)
except OSError:
    print("no-network", file=sys.stderr)
'''

DRIVER = r'''
import sys
sys.path.insert(0, REPO)
from judge.limits import Limits
from judge.sandbox import Sandbox
box = Sandbox([sys.executable, "-I", "-c", SOLUTION], Limits(), pass_fds=())
box.process.wait(20)
print(box.stderr_tail())
box.kill()
'''


@pytest.mark.skipif(
    os.geteuid() != 0 or SETPRIV is None or not SYSTEM_PYTHON.exists(),
    reason="needs root (to become nobody), setpriv and the system python3, as on this project's machines",
)
def test_non_root_sandbox_isolates() -> None:
    import socket
    import tempfile

    shared = Path(tempfile.mkdtemp(prefix="grokpat-nonroot-"))
    shared.chmod(0o777)  # writable by nobody, so only the sandbox can refuse the write
    outside = shared / "outside.txt"
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    solution = SOLUTION.replace("OUTSIDE", repr(str(outside))).replace("PORT", str(port))
    driver = DRIVER.replace("REPO", repr(str(REPO))).replace("SOLUTION", repr(solution))
    out = subprocess.run(
        [SETPRIV, "--reuid=65534", "--regid=65534", "--clear-groups", str(SYSTEM_PYTHON), "-c", driver],
        capture_output=True, text=True, timeout=60, cwd="/",
    )
    listener.close()
    wrote_outside = outside.exists()
    shutil.rmtree(shared, ignore_errors=True)
    report = out.stdout
    assert out.returncode == 0, out.stderr
    assert "clear-ro -1" in report  # no capability left to undo the read-only mount
    assert f"refused {outside} 30" in report and not wrote_outside  # EROFS
    assert "wrote inside.txt" in report  # the worker's own folder stays writable
    assert "no-network" in report

"""Debian packages the tests need, installed when missing (CI runs on a new machine as root).

Every fixture that needs a system program (PostgreSQL, Chromium, Java) asks here, so
`apt-get update` runs at most once per session and a missing package fails loudly. The test
workers (pytest-xdist) take turns: apt and dpkg allow one install at a time.
"""

from __future__ import annotations

import fcntl
import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest


@functools.cache
def _apt_updated() -> None:
    _run(["apt-get", "update", "-q"])


def _run(command: list[str]) -> None:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    if done.returncode != 0:
        tail = (done.stderr or done.stdout).strip().splitlines()[-3:]
        pytest.fail(f"{' '.join(command)} failed: {' / '.join(tail)}")


def ensure_package(package: str, *, provides: str) -> Path:
    """The path of `provides` (a program name or an absolute path glob), installing `package`
    from Debian's archive when it is missing."""
    found = _find(provides)
    if found is None:
        if os.geteuid() != 0:
            pytest.fail(f"{provides} is missing and installing {package} needs root")
        with open("/tmp/sitrep-tests-apt.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another worker may be installing it right now
            found = _find(provides)
            if found is None:
                _apt_updated()
                _run(["apt-get", "install", "-y", "-q", "--no-install-recommends", package])
                found = _find(provides)
    if found is None:
        pytest.fail(f"{package} installed but {provides} is still missing")
    return found


def _find(provides: str) -> Path | None:
    if provides.startswith("/"):
        matches = sorted(Path("/").glob(provides.lstrip("/")))
        return matches[-1] if matches else None
    which = shutil.which(provides)
    return Path(which) if which else None

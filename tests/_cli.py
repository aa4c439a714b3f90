"""The `sitrep` command run in this process (Typer's runner): the same code as the installed
command, without a new interpreter's start-up for each call."""

from __future__ import annotations

from dataclasses import dataclass

from typer.testing import CliRunner

from sitrep.cli import app


@dataclass(frozen=True)
class Done:
    returncode: int
    stdout: str
    stderr: str


def sitrep(*args: str, env: dict[str, str] | None = None) -> Done:
    """Run `sitrep ARGS`; an exception escaping the command fails the test (no tracebacks)."""
    result = CliRunner().invoke(app, list(args), env=env, catch_exceptions=False)
    return Done(result.exit_code, result.stdout, result.stderr)

"""Documentation that cannot rot: every command and option the docs show exists."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sitrep.cli import app

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def documented_commands() -> list[tuple[str, list[str]]]:
    found = []
    for doc in DOCS:
        for block in re.findall(r"```[a-z]*\n(.*?)```", doc.read_text("utf-8"), re.S):
            for line in block.splitlines():
                line = line.split("  #")[0].strip()
                if line.startswith("sitrep "):
                    found.append((doc.name, shlex.split(line)[1:]))
    return found


def _command_path(words: list[str]) -> list[str]:
    """The longest known command at the start of `words` ("gazetteer info", "extract")."""
    for size in (2, 1):
        if words[:size] in COMMANDS:
            return words[:size]
    return words[:1]


@pytest.mark.parametrize(("doc", "words"), documented_commands())
def test_documented_command_and_options_exist(doc, words):
    path = _command_path(words)
    result = CliRunner().invoke(app, [*path, "--help"], terminal_width=200)
    assert result.exit_code == 0, f"{doc}: sitrep {' '.join(path)} is not a command"
    for option in (w.split("=")[0] for w in words if w.startswith("--")):
        assert option in result.output, f"{doc}: {option} is not an option of {path}"


def test_docs_show_some_commands():
    assert len(documented_commands()) >= 10


def all_commands() -> list[list[str]]:
    """Every command the CLI has, groups walked: ["extract"], ["gazetteer", "info"], ..."""
    import typer.main

    found: list[list[str]] = []

    def walk(command, path: list[str]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands is None:
            found.append(path)
            return
        for name, sub in subcommands.items():
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return found


COMMANDS = all_commands()


def test_the_commands_are_found():
    assert ["extract"] in COMMANDS and ["gazetteer", "info"] in COMMANDS


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_says_what_it_does_with_an_example(command):
    result = CliRunner().invoke(app, [*command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "Example:" in result.output, command


def test_readme_opens_with_the_two_commands():
    head = (ROOT / "README.md").read_text("utf-8")[:600]
    assert "make demo" in head and "make test" in head
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_architecture_names_every_module():
    page = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    package = ROOT / "src" / "sitrep"
    for module in package.rglob("*.py"):
        name = module.relative_to(package).as_posix()
        if module.name == "__init__.py" and name != "__init__.py":
            continue
        assert f"`{name}`" in page, f"docs/architecture.md does not name {name}"


def test_architecture_names_every_data_file():
    page = (ROOT / "docs" / "architecture.md").read_text("utf-8")
    for data in (ROOT / "src" / "sitrep" / "data").iterdir():
        if data.is_file():
            assert f"`{data.name}`" in page, f"docs/architecture.md does not name {data.name}"


def test_readme_python_example_runs(tmp_path):
    import os
    import subprocess
    import sys

    readme = (ROOT / "README.md").read_text("utf-8")
    example = re.search(r"```python\n(.*?)```", readme, re.S)
    assert example, "README has no Python example"
    demo = sorted((ROOT / "src" / "sitrep" / "data" / "demo").glob("*.txt"))[0]
    (tmp_path / "article.txt").write_text(demo.read_text("utf-8"), "utf-8")
    done = subprocess.run(
        [sys.executable, "-c", example.group(1)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300, env=os.environ.copy(),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert re.search(r"^\d{4}-\d{2}-\d{2} \S", done.stdout, re.M)

"""The README tells the truth about the commands and the CI runs the README's test command."""

from __future__ import annotations

import re

from medcoop.cli import cli

from .conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def sh_blocks() -> list[str]:
    return re.findall(r"```sh\n(.*?)\n```", README, flags=re.S)


def test_readme_has_the_two_setup_commands() -> None:
    main_job, tests = sh_blocks()[:2]
    assert main_job.startswith("python3 -m venv .venv && .venv/bin/pip install . && ")
    assert ".venv/bin/medcoop load examples" in main_job
    assert tests.startswith("python3 -m venv .venv && .venv/bin/pip install")
    assert tests.endswith(".venv/bin/python -m pytest")


def test_ci_runs_the_readme_test_command_exactly() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert sh_blocks()[1] in ci.splitlines()


def test_every_command_is_in_the_readme_tour() -> None:
    missing = [name for name in cli.commands if f"`medcoop {name}" not in README]
    assert missing == []

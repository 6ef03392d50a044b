"""The one error path of the command line: one line on stderr, a non-zero exit.

Exit 2 for a usage error, 1 for anything not found or invalid (and for `check`
finding discrepancies, which prints its findings on stdout), 130 on Ctrl-C;
never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import NoReturn

import attrs

__all__ = ["PROG", "Command", "NotFound", "Result", "UsageError", "error_line", "note", "run"]

PROG = "yrd-meetings"


class UsageError(Exception):
    """Bad arguments: exit status 2."""


class NotFound(Exception):
    """A look-up that found nothing, or data that fails its checks: exit status 1."""


@attrs.frozen
class Result:
    """A command's output with an exit status other than 0 (`check` finding discrepancies)."""

    output: str
    status: int


Command = Callable[[argparse.Namespace], "str | Result"]


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors take the one error path (exit 2)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def error_line(message: object, *, internal: bool = False) -> None:
    """Print the first line of `message` as `yrd-meetings: error: ...` on stderr."""
    label = "internal error" if internal else "error"
    print(f"{PROG}: {label}: {message}".splitlines()[0], file=sys.stderr)


def note(message: str) -> None:
    """Print `yrd-meetings: note: ...` on stderr: something the user should know, not an error."""
    print(f"{PROG}: note: {message}", file=sys.stderr)


def _emit(result: str | Result) -> int:
    output, status = (result.output, result.status) if isinstance(result, Result) else (result, 0)
    if output:
        from .render import for_terminal

        print(for_terminal(output, getattr(sys.stdout, "encoding", None)))
    sys.stdout.flush()
    return status


def run(parser: argparse.ArgumentParser, argv: list[str] | None) -> int:
    """Parse `argv`, run the command it names and print its output; the exit status."""
    try:
        args = parser.parse_args(argv)
        command: Command = args.command
        return _emit(command(args))
    except SystemExit as exc:  # --help and --version end the run with a status
        return exc.code if isinstance(exc.code, int) else 0
    except UsageError as exc:
        error_line(exc)
        return 2
    except BrokenPipeError:  # pragma: no cover - `yrd-meetings list | head`
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except (NotFound, ValueError, TypeError, OSError, ImportError) as exc:
        error_line(exc)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # the promise is: never a traceback
        error_line(f"{type(exc).__name__}: {exc}", internal=True)
        return 1

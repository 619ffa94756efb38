"""The ``zhenkit`` command line: each command parses, calls one library function, writes.

Commands live one per module in this package and are attached to ``app`` in ``_register``.
Any ``ZhenkitError`` becomes one line on stderr and exit code 2.
"""

from __future__ import annotations

import sys

import typer

from corpus.errors import ZhenkitError

app = typer.Typer(
    name="zhenkit",
    help="Chinese-English alignment and corpus toolkit (offline).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register() -> None:
    """Attach every command module's commands to ``app``."""
    from align.cli import commands  # noqa: F401  (import registers the commands)


def main(argv: list[str] | None = None) -> int:
    """Console entry point: run the app, map ZhenkitError to exit code 2."""
    _register()
    try:
        rv = app(args=argv, standalone_mode=False)
    except ZhenkitError as exc:
        print(f"zhenkit: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("zhenkit: interrupted", file=sys.stderr)
        return 130
    except typer.Exit as exc:
        return exc.exit_code
    except Exception as exc:  # click usage errors and aborts
        return _click_error(exc)
    return rv if isinstance(rv, int) else 0


def _click_error(exc: Exception) -> int:
    """Usage errors (bad option values, missing arguments) print click's message; exit 2."""
    show = getattr(exc, "show", None)
    if callable(show) and hasattr(exc, "exit_code"):
        show()
        return int(exc.exit_code)
    if isinstance(exc, typer.Abort):
        return 1
    raise exc

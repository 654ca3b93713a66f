"""The `bote` command: thin click commands over `bote.api` and the renderers.

Each command lives in the module of its kind (`check`, `render`, `views`,
`tools`), imported when the command runs or a help text lists it: a `bote
check` builds check's options and no other command's (about 1 ms of a 60 ms
cold check, issue 17; click's own pattern for it, "lazily loading
subcommands")."""
from __future__ import annotations

import importlib

from bote import collector

with collector.paused(big=0):   # click and typing make some 14,000 objects, all kept: not worth a scan (~2 ms)
    import click

from bote.version import __version__

#: Each command: the module that defines it, by the command's name.
COMMANDS = {"check": "check", "compare": "views", "explain": "views", "fmt": "tools", "graph": "views",
            "instances": "tools", "lsp": "tools", "plot": "views", "render": "render", "repl": "tools",
            "watch": "tools"}


class _Commands(click.Group):
    """A group whose commands are imported from `COMMANDS` when first asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        command = getattr(importlib.import_module(f"bote.cli.{COMMANDS[cmd_name]}"), cmd_name.replace("-", "_"))
        assert isinstance(command, click.Command) and command.name == cmd_name
        return command

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] not in COMMANDS:
            # A mistyped name: click suggests the nearest of the commands it holds.
            for name in COMMANDS:
                self.add_command(self.get_command(ctx, name), name)   # type: ignore[arg-type]
        return super().resolve_command(ctx, args)


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="bote")
def main() -> None:
    """bote: back-of-the-envelope capacity estimates.

    Write traffic, per-request costs and per-instance capacity in a .bote
    file (or in ```bote blocks of a Markdown design doc); bote walks the
    traffic through the flow, sizes every component and flags the ones likely
    to fail."""
    from bote.model import keep_figure_graphs
    keep_figure_graphs(False)  # no command reads them (yet): not worth keeping each evaluation alive
    click.get_current_context().call_on_close(lambda: keep_figure_graphs(True))  # bote.main() in a process


def run(**click_options) -> None:
    """The `bote` program (its console script and `python -m bote`): `main`,
    and then, as the process exits, every object frozen, out of the
    collector's reach.  Python's shutdown ends with a full collection, which
    would walk all that the command made, to free memory the process is
    about to give back: about a fifth of the CPU of a cold `bote check`
    (issue 17).  What the command opened it has closed (`with`); the
    standard streams are flushed by the shutdown itself.  Not for `main`
    called inside a longer-lived process (tests, `bote.main()`), which goes
    on collecting."""
    import gc
    try:
        main(**click_options)
    finally:
        gc.freeze()

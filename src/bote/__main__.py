from bote.cli import run

run(prog_name="bote")

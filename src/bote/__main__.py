from bote.cli import main

main(prog_name="bote")

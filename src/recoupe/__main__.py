"""``python -m recoupe``: the command line, as the ``recoupe`` script."""

from recoupe.cli.app import main

if __name__ == "__main__":
    main()

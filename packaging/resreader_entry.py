"""The frozen app's entry point: the same `main` as the `resreader` console script.

PyInstaller needs a script file; `resreader.cli:main` is the one place the app starts from.
"""

import sys

from resreader.cli import main

if __name__ == "__main__":
    sys.exit(main())

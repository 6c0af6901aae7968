"""`python -m samverkan`: the `samverkan` command."""

import sys

from graph.cli import main

sys.exit(main())

"""`python -m graph.cli`: the `samverkan` command."""

import sys

from . import main

sys.exit(main())

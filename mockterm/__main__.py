"""`python -m mockterm`: the same as the `mockterm` command."""

import sys

from mockterm.cli import main

sys.exit(main())

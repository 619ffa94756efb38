"""``python -m align`` runs the zhenkit CLI."""

import sys

from align.cli import main

sys.exit(main())

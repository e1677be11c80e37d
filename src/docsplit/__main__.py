"""``python -m docsplit`` runs the command line."""

import sys

from docsplit.cli import main

sys.exit(main())

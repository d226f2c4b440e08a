"""``python -m deepseek_news``: the ``deepseek-news`` command."""

import sys

from .cli import main

sys.exit(main())

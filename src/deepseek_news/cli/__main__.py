"""``python -m deepseek_news.cli``: the same as the ``deepseek-news`` command."""

import sys

from . import main

sys.exit(main())

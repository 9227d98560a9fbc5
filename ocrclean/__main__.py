"""``python -m ocrclean``: the same as the ``ocrclean`` command."""

from .cli import main

main()

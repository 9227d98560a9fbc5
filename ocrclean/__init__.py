"""ocrclean: clean OCR'd text, faithfully.

>>> from ocrclean import clean
>>> clean("Russian coop- eration in the fight against IS\\n\\n ??  ?? Putin\\nPutin\\n")
'Russian cooperation in the fight against IS\\n'
"""

from typing import Any

__all__ = ["FILTERS", "Change", "Pipeline", "Step", "clean", "explain", "replay"]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """The public names of ``ocrclean.pipeline``, imported on first use, so that
    ``ocrclean --version`` and other quick commands do not load the filters."""
    if name in __all__:
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'ocrclean' has no attribute {name!r}")

"""ocrclean: clean OCR'd text, faithfully.

>>> from ocrclean import clean
>>> clean("Russian coop- eration in the fight against IS\\n\\n ??  ?? Putin\\nPutin\\n")
'Russian cooperation in the fight against IS\\n'
"""

from .pipeline import FILTERS, Change, Pipeline, Step, clean, explain, replay

__all__ = ["FILTERS", "Change", "Pipeline", "Step", "clean", "explain", "replay"]
__version__ = "0.1.0"

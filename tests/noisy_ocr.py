"""A sentence of noisy English OCR (tbe, waa, nnd) and the same corrected, shared by the tests
of --correct: put before a case, it makes the text noisy enough for correction to act, so
that a dictionary word may be a misreading too."""

NOISY = "Tbe road waa closed nnd tbe men were sent home by tbe council. "
CLEANED = "The road was closed and the men were sent home by the council. "

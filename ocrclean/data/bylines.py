"""Word lists behind ``strip_byline_bullets``; each names the byline it recognises."""

# Words of a job title or an affiliation after a byline's name ("- By Jane Smith Political
# editor", "- By John Doe, Staff Writer", "BY JOHN SMITH, The Associated Press").
BYLINE_TITLE_WORDS = frozenset(
    "editor editors writer writers reporter reporters correspondent correspondents columnist "
    "contributor contributing critic staff chief senior deputy associate associated managing "
    "political politics foreign diplomatic economics economic business financial finance city "
    "sports sport science health education environment technology arts culture music film "
    "food travel legal crime defence defense security transport property fashion royal "
    "national international european asia europe africa america washington london paris "
    "bureau desk press news newspaper agency wire service times post herald journal tribune "
    "telegraph guardian globe mail star chronicle gazette observer courier review daily "
    "weekly photographer photographers photos analyst commentator special investigations "
    "investigative affairs and the of for in at".split()
)

# News agencies whose name alone makes a byline ("- By Reuters", "• BY AFP").
NEWS_AGENCIES = frozenset(
    "reuters afp ap dpa ansa efe xinhua bloomberg aap cp upi pa kyodo tass ria anp".split()
)

"""English function words.

Used to weight words when matching French and English sentences (function
words carry little evidence) and to recognise English passages inside French
text (their share of English function words is high).

Source: written for deepseek_news from English grammar (articles, pronouns,
auxiliaries and modals, prepositions, conjunctions, common adverbs of degree),
including the pieces left by tokenizing contractions ("n't", "'re", "'ll").
"""

from __future__ import annotations

STOPWORDS: frozenset[str] = frozenset(
    """
    a an the this that these those some any each every no none either neither both all
    i me my mine myself we us our ours ourselves you your yours yourself yourselves
    he him his himself she her hers herself it its itself they them their theirs themselves
    one ones who whom whose which what whatever whoever where when why how there here
    be am is are was were been being have has had having do does did doing done
    will would shall should can could may might must ought
    not no nor n't 's 're 've 'll 'd 'm s re ve ll d m t
    of to in on at by for from with about against between into through during before after
    above below up down out off over under again further then once than as until while
    upon onto within without along across behind beyond toward towards among around near
    and or but if because so yet also too very just only even still ever
    such same other another own more most much many few less least
    quite rather really already almost
    """.split()
)

# Frequent English words that are not function words but too common to be
# strong evidence alone (auxiliary-like verbs, vague nouns).
FREQUENT: frozenset[str] = frozenset(
    """
    get got make made go going went gone come came take took say said thing things
    way well like now new good time year people
    """.split()
)

# Words that make an English clause negative (compared with French negation
# when scoring a rendering).
NEGATIONS: frozenset[str] = frozenset("not n't never no nothing nobody none neither nor cannot".split())

# First-person pronouns: where an English original says "we" or "I", a French
# report names the speaker ("OpenAI", "Sam Altman").
FIRST_PERSON: frozenset[str] = frozenset("i me my mine myself we us our ours ourselves".split())

"""English lemmatization data: irregular forms and suffix rules.

Source: written for deepseek_news from English grammar: the irregular verbs
taught in English grammars, irregular noun plurals, irregular comparatives,
and the regular inflection suffixes (-s, -es, -ies, -ed, -ied, -ing, -er,
-est).  Clitics produced by contractions map to the word they stand for.

``IRREGULAR`` maps an inflected form to one or more base forms; the second
base form of a comparative is the degree marker ("better" → good, more), so
that "plus puissant" and "more powerful" / "better" can align.
``SUFFIX_RULES`` are tried in order: (suffix, replacement); a rule's output is
kept only when it is a known English base form (or when nothing else fits).
``CASED_FORMS``: abbreviations whose lowercase is a function word ("US").
"""

from __future__ import annotations

_VERBS = """
arise arose arisen|awake awoke awoken|be was were been being am is are|bear bore borne born|
beat beat beaten|become became|begin began begun|bend bent|bet|bind bound|bite bit bitten|
bleed bled|blow blew blown|break broke broken|breed bred|bring brought|build built|burn burnt|
burst|buy bought|cast|catch caught|choose chose chosen|cling clung|come came|cost|creep crept|
cut|deal dealt|dig dug|do did done does|draw drew drawn|dream dreamt|drink drank drunk|
drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|find found|
flee fled|fling flung|fly flew flown flies|forbid forbade forbidden|forecast|forget forgot forgotten|
forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone goes|
grow grew grown|hang hung|have has had|hear heard|hide hid hidden|hit|hold held|
hurt|keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|
leave left|lend lent|let|lie lay lain|light lit|lose lost|make made|mean meant|meet met|
mislead misled|mistake mistook mistaken|overcome overcame|overtake overtook overtaken|pay paid|
prove proven|put|quit|read|rid|ride rode ridden|ring rang rung|rise risen|run ran|
say said says|see saw seen|seek sought|sell sold|send sent|set|sew sewn|shake shook shaken|
shed|shine shone|shoot shot|show shown|shrink shrank shrunk|shut|sing sang sung|sink sank sunk|
sit sat|sleep slept|slide slid|speak spoke spoken|speed sped|spend spent|spill spilt|spin spun|
spit spat|split|spread|spring sprang sprung|stand stood|steal stole stolen|stick stuck|
sting stung|stink stank stunk|strike struck|strive strove striven|swear swore sworn|
sweep swept|swim swam swum|swing swung|take took taken|teach taught|tear tore torn|tell told|
think thought|throw threw thrown|undergo underwent undergone|understand understood|
undertake undertook undertaken|upset|wake woke woken|wear wore worn|weave wove woven|
weep wept|win won|withdraw withdrew withdrawn|write wrote written|
can could|will would 'll wo|shall should|may might|must|'d would|
"""

_NOUNS = """
man men|woman women|child children|person people|foot feet|tooth teeth|goose geese|mouse mice|
ox oxen|datum data|criterion criteria|phenomenon phenomena|analysis analyses|crisis crises|
thesis theses|knife knives|life lives|wife wives|leaf leaves|half halves|
shelf shelves|wolf wolves|thief thieves|loaf loaves|calf calves|self selves|
potato potatoes|tomato tomatoes|hero heroes|echo echoes|veto vetoes|
index indices|medium media|series|species|news|
"""

_PRONOUNS = """
i me my mine myself 'm|we us our ours ourselves|he him his himself|she her hers herself|
they them their theirs themselves|it its itself|you your yours yourself yourselves|
"""

IRREGULAR: dict[str, tuple[str, ...]] = {}


def _load(block: str) -> None:
    for group in block.replace("\n", "").split("|"):
        words = group.split()
        if not words:
            continue
        base = words[0]
        for w in words:
            IRREGULAR.setdefault(w, (base,))


_load(_VERBS)
_load(_NOUNS)
_load(_PRONOUNS)

IRREGULAR.update(
    {
        "better": ("good", "more"),
        "best": ("good", "most"),
        "worse": ("bad", "more"),
        "worst": ("bad", "most"),
        "less": ("little", "less"),
        "least": ("little", "least"),
        "further": ("far", "more"),
        "farther": ("far", "more"),
        "n't": ("not",),
        "'re": ("be",),
        "'ve": ("have",),
        "'s": ("be",),
        "ca": ("can",),
        "an": ("a",),
        "lying": ("lie",),
        "dying": ("die",),
        "tying": ("tie",),
        "was": ("be",),
        "has": ("have",),
        "does": ("do",),
        "is": ("be",),
        "this": ("this",),
        "thus": ("thus",),
        "news": ("news",),
        "always": ("always",),
        "perhaps": ("perhaps",),
        "lives": ("life", "live"),
        "leaves": ("leave", "leaf"),
        "rose": ("rise", "rose"),
        "left": ("leave", "left"),
        "saw": ("see", "saw"),
        "found": ("find", "found"),
        "media": ("media",),
        "data": ("data",),
        "people": ("people", "person"),
    }
)

# Capitalized forms read differently from their lowercase form ("US" is not
# the pronoun "us"): surface → base forms; they weigh as names.
CASED_FORMS: dict[str, tuple[str, ...]] = {
    "US": ("usa", "america"),
    "USA": ("usa", "america"),
    "UK": ("uk", "britain"),
}

# Tried in order; several may apply ("used" → use, us); the caller keeps the
# first output that is a known base form.
SUFFIX_RULES: tuple[tuple[str, str], ...] = (
    ("ies", "y"),
    ("ied", "y"),
    ("ier", "y"),
    ("iest", "y"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("zes", "z"),
    ("oes", "o"),
    ("ves", "f"),
    ("ves", "fe"),
    ("es", "e"),
    ("es", ""),
    ("s", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ed", ""),
    ("ed", "e"),
    ("er", ""),
    ("er", "e"),
    ("est", ""),
    ("est", "e"),
    ("ly", ""),
    ("ily", "y"),
    ("ally", ""),
    ("ically", "ic"),
)

# Suffixes whose removal also marks degree (bigger → big + more).
DEGREE_SUFFIXES: dict[str, str] = {"er": "more", "ier": "more", "est": "most", "iest": "most"}

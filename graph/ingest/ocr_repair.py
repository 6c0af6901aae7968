"""OCR repair for the words that matter: body, group and kommun names, titles, protocol words.

Scanned protocols lose or replace å/ä/ö ("Linsgemensam", "Aldre", "Hogsby", "ordférande",
"6verenskommelse", "ldn"), gain stray characters ("Region Kalmar |an") and merge lines. People's
names are never repaired here (records keep them as written; reconcile.py matches them); this
module repairs the other words so that headings, keywords, organisations and titles can be read.

The repair is dictionary-driven: a word that is not in the lexicon is replaced by a lexicon word
that it can be turned into with OCR-type edits only (a diacritic letter read as a plain letter or
as one of the shapes OCR confuses it with, a stray mark). Candidates are found through a consonant
skeleton index and verified with a weighted alignment; a word with no such candidate is kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache

from ..names import INF, EditCosts, edit_cost, fold

# Letters OCR loses or replaces, and what each is seen as in the sources.
DIACRITIC_SHAPES: dict[str, tuple[str, ...]] = {
    "ä": ("a", "i", "d", "é", "e", "&", "ia", "ai", "da", "ad", "éi", "éa", "dd"),
    "å": ("a", "d", "é", "G", "g"),
    "ö": ("o", "é", "e", "6", "oé", "od", "éo", "0", "d"),
    "é": ("e",),
    "l": ("|", "[", "1", "I"),
    "m": ("rn",),               # two letters OCR made of one ("Inforrnationen", "kornmun")
}
STRAY = set("|[]{}'`´^~_=;:.,!*\"")
_VOWELS = set("aeiouyåäöéèüáíó")
_WORD_RE = re.compile(r"[0-9A-Za-zÀ-ÖØ-öø-ÿ|&\[\]]+(?:[-'][0-9A-Za-zÀ-ÖØ-öø-ÿ]+)*")

# The domain lexicon: words of protocols of Länsgemensam ledning, in their correct spelling.
# Weights make the common word win where two repairs are possible ("ar" -> "är", not "år").
_DOMAIN = """
länsgemensam länsgemensamma länsgemensamt länsgemensamma läns gemensam gemensamma gemensamt ledning
samverkan samverkans samordnande samordnade grupp gruppen grupper grupperna barn unga ungas psykisk
psykiska hälsa hälso äldre äldres folkhälsa brukarmedverkan hab rehab habiliteringen informationsöverföring
samverkansområdesgrupp samverkansområdesgrupper samverkansområdesgruppen kommunförbundet kommunförbund
region regionen regionens kalmar län länets läns kommun kommuner kommunen kommunerna kommunala kommunal
borgholm borgholms emmaboda hultsfred hultsfreds högsby kalmar mönsterås mörbylånga nybro oskarshamn
oskarshamns torsås vimmerby västervik västerviks kalmarsunds gymnasieförbund jönköpings kronobergs kronoberg
sveriges regioner regeringskansliet universitet linnéuniversitetet karlstads centrum tjänsteforskning
ordförande vice socialchef skolchef psykiatridirektör planeringsdirektör regionråd utvecklingsledare
samordnare processledare förvaltningschef basenhetschef barnläkare elevhälsochef barnrättssamordnare
analytiker docent professor handläggare kommunstyrelseordförande representant representanter
brukarrepresentant invånarrepresentant invånarmedverkan ledamot ledamöter ledamöterna närvarande övriga
medverkande deltagare deltagarlista frånvarande protokoll protokollet mötesprotokoll föregående möte mötet
möten mötets välkomna välkommen beslut beslutar beslutade beslutspunkter beslutspunkt fastställa fastställs
fastställer fastslås fastslogs ersätter ersatte tidigare tillägg handlingarna informationspunkter
informationspunkt uppföljning primärvård primärvården primärvårdsdata nära vård vården vårdnivå
utskrivningsklara dagar indikator indikatorn indikatorer år året söder norr sjukvård sjukvården
sjukvårdsförvaltningen förvaltningen förvaltning ungdomskliniken ordnat införande omställning
omställningen plan digital ungdomsmottagning intensiv kontextuell behandling ekonomisk redovisning
kompetensförsörjning presidiekonferens presidiekonferensen presidiemöte presidiemöten presidiet beredningen
inledning summering dagen dialog arbete arbetet pågående läget lägesrapport handlingsplaner
överenskommelse överenskommelsen överenskommelser stimulansmedel medel finansiering finansieras bildspel
kontakt strategi målbild utkast modell modellen för från på är där så när även över under efter inför
också både än här då få mål gå nå väg stöd ställt följa följer möjlighet länge tillgänglig
inom och i av med till om att som det den de en ett har hade ska kommer vid hos samt eller men inte
utifrån varav detta denna dessa fram framåt ökad ökat ökade stärka stärkt stärkta behov behöver
kvarvarande fördelas jämnt respektive part kronor summa erhållit kopplade områdena området område
områden kring arbetssätt arbetsgrupp arbetsgruppen sammankallande föredragare nätverk nätverket
in ut upp ned ner vi man mer nu ny nya nytt dag dagar del delar sin sitt sina oss vara våra vårt vår
alla all allt andra annan annat bara bra dem dess dig din du ej eftersom eller enligt era ett fler flera
fortsatt fortsätter gör göra görs gjort hade han hon hur hela helt hos ingen inga innan jag kan kunna
kunde lite man mellan mest mot många nog någon något några olika om oss sedan sig själv ska skulle
som står tar tas tre två vad var vara varje vill vilka vilket väl år åren både än ännu åt
val valdes valde välja väljs justera justerare justeras justerat justering dagordning dagordningen ärende
ärenden anmälan anmälningar anteckningar minnesanteckningar sekreterare protokollförare adjungerade
ersättare förhinder övrigt frågor avslutning avslutande öppnande öppnas godkänns godkändes godkänner
läggs lades antas antogs tillstyrker tillstyrks uppdrar uppdras utses utsågs tkr mnkr budget budgeten
januari februari mars april maj juni juli augusti september oktober november december
informerar informerade information informationen redovisar redovisade redovisning redovisningen presenterar
presenterade föredrar föredrog redogör redogjorde berättar berättade omsorg omsorgen omsorgsförvaltningen
"""
_COMMON = {"för": 50, "är": 40, "på": 40, "från": 30, "till": 30, "och": 60, "i": 60, "att": 50, "år": 5,
           "så": 20, "där": 20, "även": 20, "när": 15, "över": 15, "få": 10, "än": 10, "då": 10}


def _word_forms(text: str) -> Iterable[str]:
    for w in _WORD_RE.findall(text):
        for part in w.split("-"):
            if part and part.isalpha():
                yield part.lower()


class Lexicon:
    """Correctly spelled words with weights, indexed by their OCR-proof consonant skeleton."""

    def __init__(self, words: Counter[str] | None = None) -> None:
        self.weights: Counter[str] = Counter()
        for w in _DOMAIN.split():
            self.weights[w] += 10
        for w, n in _COMMON.items():
            self.weights[w] += n
        if words:
            self.weights.update(words)
        self._index: dict[str, list[str]] = {}
        for w in self.weights:
            self._index.setdefault(skeleton(w), []).append(w)
        self._cache: dict[str, str | None] = {}
        # (a text repaired, and its keyword key, once: the lexicon never changes after it is built, and the ingest
        # reads the same lines again and again)
        self.repaired: dict[str, str] = {}
        self.keys: dict[str, str] = {}

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Lexicon:
        """A lexicon with the domain words plus every word of the given (correctly spelled) texts."""
        counts: Counter[str] = Counter()
        for t in texts:
            counts.update(_word_forms(t))
        return cls(counts)

    def __contains__(self, word: str) -> bool:
        return word.lower() in self.weights

    def correct(self, token: str) -> str | None:
        """The lexicon word this token is an OCR-damaged spelling of (lower case), or None."""
        low = token.lower()
        if low in self.weights:
            return low
        if low in self._cache:
            return self._cache[low]
        best: tuple[float, int, str] | None = None
        for cand in self._index.get(skeleton(low), []):
            cost = ocr_cost(cand, low)
            if cost is None or cost > 0.75:
                continue
            key = (cost, -self.weights[cand], cand)
            if best is None or key < best:
                best = key
        result = best[2] if best else None
        self._cache[low] = result
        return result


def skeleton(word: str) -> str:
    """Consonants only, with the letters OCR makes of å/ä/ö (d, 6, &, G) and stray marks removed."""
    w = re.sub(r"[|\[1]", "l", word.lower()).replace("rn", "m")     # "rn" and "m" alike (OCR reads one as the other)
    return "".join(ch for ch in w if ch.isalpha() and ch not in _VOWELS and ch not in "dg")


@cache
def _ocr_shapes(letter: str) -> tuple[tuple[str, float], ...]:
    return tuple((shape.lower(), 0.25 + 0.05 * (len(shape) - 1)) for shape in DIACRITIC_SHAPES.get(letter, ()))


#: OCR-type edits only: an exact letter is free, a diacritic letter read as one of its shapes costs
#: 0.25 (0.05 more per extra letter of the shape), a stray mark 0.3; nothing else is allowed.
OCR_EDITS = EditCosts(substitute=lambda x, y: 0.0 if x == y else None, delete=lambda _x: None,
                      insert=lambda y: 0.3 if y in STRAY else None, shapes=_ocr_shapes)


@lru_cache(maxsize=65536)
def ocr_cost(correct: str, seen: str) -> float | None:
    """Cost of reading `correct` as `seen` with OCR-type edits only (OCR_EDITS); None if it takes
    another edit."""
    best = edit_cost(correct.lower(), seen.lower(), OCR_EDITS)
    return None if best == INF else best


def _case_like(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper() and not (model[:1] == "I" and word[:1] == "l"):
        return word[:1].upper() + word[1:]
    return word


# a scan's digits read as the letters they stand for inside a word ("Hu1tsfreds", "Ragnarss0n", "Camil1a")
DIGIT_LETTERS = str.maketrans({"0": "o", "1": "l"})


def repair_word(token: str, lexicon: Lexicon) -> str:
    """The repaired spelling of one word (case kept), or the word itself."""
    if not token or token.lower() in lexicon.weights:
        return token
    if any(ch.isdigit() for ch in token) and re.search(r"[a-zA-Zåäöé][01]|[01][a-zA-Zåäöé]", token) \
            and not re.search(r"[2-9]", token):
        # "PROT0KOLL", "Hu1tsfreds": a 0 or 1 OCR made of an O or an l inside a word
        letters = token.translate(DIGIT_LETTERS)
        fixed = lexicon.correct(letters)
        if fixed:
            return _case_like(token, fixed)
        # a word the lexicon does not hold ("stäl1des", "Ordf0randen"): a 0 or 1 between two lower-case
        # letters is the letter OCR took for it, whatever the word
        # (also a 1 or 0 opening a word of four lower-case letters or more: "1amnade", "0mfattar"; or a word in
        # capitals, its 0s between capitals: "SAMMANTRADESPR0T0K0LL")
        # (or right after a capital opening the word, lower-case letters after it: "L0ord", "B1omqvist")
        shape = r"[A-ZÅÄÖÉa-zåäöé]?(?:[a-zåäöé]+[01])+[a-zåäöé]+|[01][a-zåäöé]{4,}|[A-ZÅÄÖÉ][01][a-zåäöé]{2,}"
        caps = r"[A-ZÅÄÖÉ]{2,}0(?:[A-ZÅÄÖÉ]+0)*[A-ZÅÄÖÉ]{2,}"
        return letters if re.fullmatch(shape, token) or re.fullmatch(caps, token) else token
    if any(ch.isdigit() for ch in token) and not re.search(r"[a-zA-Zåäöé]6|6[a-zåäöé]", token):
        return token
    fixed = lexicon.correct(token)
    return _case_like(token, fixed) if fixed else token


# The words a decision is read by: a scan's damage to them (an e read as c, an m as rn, the word split in two)
# loses the decision, so they are mended where nothing else reads the damaged word.
DECISION_WORDS = frozenset({
    "beslut", "beslutar", "beslutade", "beslutades", "beslutat", "beslutet", "besluten", "beslöt", "beslöts",
    "protokoll", "protokollet", "protokollen", "godkänns", "godkändes", "godkänner", "godkände", "godkänt",
    "godkänd", "fastställs", "fastställdes", "fastställer", "fastställde", "antecknas", "antecknades",
    "noteras", "noterades", "läggs", "lades", "handlingarna", "uppdras", "uppdrar", "uppdrog", "antas",
    "antogs", "tillstyrks", "tillstyrker", "bordläggs", "återremitteras", "avslås", "bifalls",
})


def _decision_word(token: str, lexicon: Lexicon) -> str | None:
    """The decision word a damaged token is (lower case), an e read as c or an m as rn by the scan
    ("Bcslut", "protokollct", "godkändcs", "bcslutarn"), or None; a token the lexicon knows or mends
    otherwise is no decision word's damage."""
    low = token.lower()
    cs = [i for i, ch in enumerate(low) if ch == "c"]
    if not cs and "rn" not in low or not low.isalpha() or len(low) < 5 or low in lexicon.weights \
            or lexicon.correct(low):
        return None
    variants = set()
    for mask in range(1 << min(len(cs), 3)):
        w = list(low)
        for b, i in enumerate(cs[:3]):
            if mask >> b & 1:
                w[i] = "e"
        v = "".join(w)
        variants.update({v, v.replace("rn", "m")})
    for v in sorted(variants):
        if v in DECISION_WORDS:
            return v
        fixed = lexicon.correct(v)
        if fixed in DECISION_WORDS:
            return fixed
    return None


def _split_decision_word(a: str, b: str, lexicon: Lexicon) -> str | None:
    """The decision word two tokens are, split by the scan ("besl utar", "protokol let", "godkän des"), or
    None; two words the lexicon knows ("beslut ar": "beslut är") stay two."""
    if not (a.isalpha() and b.isalpha()) or len(a) + len(b) < 6:
        return None
    known_a = a.lower() in lexicon.weights or lexicon.correct(a)
    known_b = b.lower() in lexicon.weights or lexicon.correct(b)
    if known_a and known_b:
        return None
    joined = (a + b).lower()
    if joined in DECISION_WORDS:
        return joined
    fixed = lexicon.correct(joined) or _decision_word(joined, lexicon)
    return fixed if fixed in DECISION_WORDS else None


def mend_decision_words(text: str, lexicon: Lexicon) -> str:
    """A text with the decision words a scan damaged mended (see DECISION_WORDS), the case kept."""
    words = list(re.finditer(r"(?<![\w-])[A-Za-zÅÄÖåäöé]+(?![\w-])", text))
    parts, at = [], 0
    for m, nxt in zip(words, words[1:], strict=False):
        if m.start() < at or text[m.end():nxt.start()] != " " or not nxt.group(0).islower():
            continue
        w = _split_decision_word(m.group(0), nxt.group(0), lexicon)
        if w:
            parts.append(text[at:m.start()] + _case_like(m.group(0), w))
            at = nxt.end()
    out = "".join(parts) + text[at:]

    def one(m: re.Match[str]) -> str:
        w = _decision_word(m.group(0), lexicon)
        return _case_like(m.group(0), w) if w else m.group(0)

    return re.sub(r"(?<![\w-])[A-Za-zÅÄÖåäöé]+(?![\w-])", one, out)


def repair_text(text: str, lexicon: Lexicon) -> str:
    """Repair every word of a text; hyphenated parts separately ("Halso-" -> "Hälso-")."""
    if lexicon is not None and (done := lexicon.repaired.get(text)) is not None:
        return done
    out = _repair_text(text, lexicon)
    if lexicon is not None:
        lexicon.repaired[text] = out
    return out


def _repair_text(text: str, lexicon: Lexicon) -> str:

    def sub(m: re.Match[str]) -> str:
        return "-".join(repair_word(p, lexicon) for p in m.group(0).split("-"))

    out = _WORD_RE.sub(sub, mend_decision_words(text, lexicon))
    out = re.sub(r"\b([ÄäÅå])r(?= (?:19|20)\d\d\b)", lambda m: "År" if m.group(1).isupper() else "år", out)
    out = re.sub(r"(?<=\w) \|(?=\w)", " l", out)  # "Kalmar |an" already handled; a lone bar is an l
    return out


def kw(text: str, lexicon: Lexicon) -> str:
    """The keyword key of a text: repaired, folded, 'läns gemensam'/'läns-gemensam' joined."""
    if lexicon is not None and (done := lexicon.keys.get(text)) is not None:
        return done
    key = fold(repair_text(strip_markup(text), lexicon))
    key = re.sub(r"\blans[ -]gemensam", "lansgemensam", key)
    if lexicon is not None:
        lexicon.keys[text] = key
    return key


@functools.lru_cache(maxsize=1 << 16)  # a pure function of the line (asked of the same lines often)
def strip_markup(text: str) -> str:
    """Drop Markdown emphasis, heading marks, link targets and table bars from a line."""
    t = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    t = re.sub(r"^\s*#{1,6}\s*", "", t)
    t = t.replace("**", "").replace("__", "")
    t = re.sub(r"(?<!\w)\*(?=\S)|(?<=\S)\*(?!\w)", "", t)
    return t.strip()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# a line set in spaced letters, as a scan reads a spaced heading ("P R O T O K O L L", "Ö V R I G A   N Ä R V A R A N
# D E"): letters one space apart, words two spaces or more apart, a colon after it allowed; two letters a word at
# least, four letters in one word at least (not "A B" / "C D" of a table's columns, nor digits)
_SPACED_LINE = re.compile(r"(?P<lead>\s*)(?P<words>[^\W\d_](?: [^\W\d_])+(?: {2,}[^\W\d_](?: [^\W\d_])+)*)"
                          r"(?P<tail>\s*:?\s*)")


def unspaced(text: str) -> str:
    """A heading set in spaced letters as the words it spells ("N Ä R V A R A N D E   L E D A M Ö T E R" ->
    "NÄRVARANDE LEDAMÖTER"); any other line as it is."""
    m = _SPACED_LINE.fullmatch(text)
    if not m:
        return text
    words = [w.replace(" ", "") for w in re.split(r" {2,}", m.group("words"))]
    if max(len(w) for w in words) < 4:
        return text
    return m.group("lead") + " ".join(words) + m.group("tail").strip(" ")


_LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
# a one or a bar among a word's letters, written for an "l" ("G1asberg", "Stah1", "hö11s", "1edning"), a zero for an "o"
# ("Sk0lan", "0rdföranden"): in a word of letters, never in a number ("2059", "75O OOO")
_STROKE_L = re.compile(rf"(?<=[{_LETTER}])[1|]+(?=[{_LETTER}]|\b)|\b[1|](?=[a-zåäöé]{{2}})")
_STROKE_O = re.compile(rf"(?<=[{_LETTER}])0+(?=[{_LETTER}]|\b)|\b0(?=[a-zåäöé]{{2}})")


def mend_strokes(text: str) -> str:
    """A line with OCR's strokes in its words read as the letters they stand for, one character for one (so that an
    offset in the text is one in the line): "Patrik G1asberg redovisade" -> "Patrik Glasberg redovisade"."""
    if not any(ch in text for ch in "10|"):
        return text
    text = _STROKE_L.sub(lambda m: "l" * len(m.group(0)), text)
    return _STROKE_O.sub(lambda m: ("O" if m.start() == 0 or not text[m.start() - 1].isalpha() else "o")
                         * len(m.group(0)), text)

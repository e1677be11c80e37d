"""Boundary detection: which pages start a document, with a probability and reasons.

Pure functions over :class:`~docsplit.pipeline.extract.PageFeatures`; no I/O. Each signal looks
at a page and its predecessor and returns a :class:`Signal`: a score in log-odds units (positive
means "starts a document", negative "continues the previous one") and a reason a person can check
("'Page 2 of 3' follows 'Page 1 of 3'"). The combiner adds the scores to a prior and turns the sum
into a probability with the logistic function, so strong evidence (page numbering, separator
sheets) outvotes weak evidence (a change of vocabulary) and every decision can be explained by
listing the signals that fired.

Separator sheets (patch-T sheets, ``PATCHT`` codes, sheets that carry only a barcode, blank pages)
end the document before them and are left out of the proposal unless ``keep_separators`` is set.
The weights were set on the development part of the generated corpus (``benchmarks/corpus.py``)
and checked on its held-out part; ``docs/boundaries.md`` lists them with the measured accuracy.
"""

from __future__ import annotations

import difflib
import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence

import attrs

from docsplit.adapters.barcodes import is_separator_value
from docsplit.models import (
    DocumentSpan,
    PossibleStart,
    ProcessingOptions,
    Proposal,
    Stage,
    Strategy,
)
from docsplit.pipeline.extract import PageFeatures
from docsplit.pipeline.progress import ProgressFn, no_progress

#: Log-odds of a page starting a document before any evidence (about one page in three does in
#: mixed office streams).
PRIOR = -1.6
#: A page whose probability reaches this starts a document.
THRESHOLD = 0.5
#: A page whose probability lies between this and :data:`THRESHOLD` is kept as a possible
#: start for the reviewer. Over the generated parts A-T and the real streams, 0.2 flags 2.3 %
#: of the born-digital pages and holds 28 of the 67 missed boundaries (scans: 4.0 %, 24 of
#: 50); 0.1 would hold 41 of 67 for 5.0 % of the pages.
POSSIBLE_START = 0.2
#: Cosine similarity of topic words at which the similarity signal is neutral.
SIMILARITY_PIVOT = 0.35
#: Log-odds per unit of similarity away from the pivot, and the most it may add or take.
SIMILARITY_SLOPE = 7.0
SIMILARITY_CAP = 2.0
#: The cap on the other side is lower: a page much like the previous one may continue it, or be
#: a second document of the same template (two quotations or manifests of one sender in a row),
#: so high similarity is weaker evidence than low. Measured on the development corpora (and the
#: fresh templates C once they had been measured): 1.0 kept every dev score and raised fresh
#: born-digital F1 0.925 -> 0.954; 0.5 lost a real development stream.
SIMILARITY_CAP_SAME = 1.0
#: Log-odds for a change of page size, and for one under the same header line.
LAYOUT_WEIGHT = 1.7
LAYOUT_SAME_HEADER = 0.75
#: A page smaller than A4 and Letter (longest side in points) is a card, print or slip.
CARD_MAX_SIDE = 780.0
#: Words (three letters or more) a card's picture side may carry.
CARD_FRONT_WORDS = 8
#: Log-odds against a start for the written back of a card whose front had no text.
CARD_BACK = 1.5
#: Log-odds for a running header or footer that changes or stays the same.
HEADER_WEIGHT = 1.2
#: A net "stays the same" counts this much: a sender prints one header on all its documents.
#: Chosen on the development corpora (with templates C and D once measured): 0.5 kept every
#: other score and raised templates D scanned F1 0.873 -> 0.912, born-digital 0.973 -> 0.976.
HEADER_SAME_FACTOR = 0.5
#: Log-odds when an identity field changes (one more per further field, up to the max) / stays.
IDENTITY_WEIGHT = 2.0
IDENTITY_MAX = 3.0
IDENTITY_SAME = 1.5
#: Log-odds for the same large title at the top of two pages in a row.
REPEAT_TITLE_WEIGHT = 1.5
#: A page with less text than this and a large-type line may be a cover page.
COVER_MAX_CHARS = 250
#: Log-odds for a page that looks like a cover (little text, large type).
COVER_START = 1.0
#: Log-odds when a page repeats the previous page's head lines with new values (one more half
#: per further changed value, up to the max), and how many identical head lines that takes.
TEMPLATE_WEIGHT = 2.0
TEMPLATE_MAX = 3.0
TEMPLATE_FIXED = 3
#: How many of a page's first lines are compared as its head.
HEAD_LINES = 15
#: Log-odds when a page's first lines carry an identifier from the previous page's body.
CARRIED_CODE = 3.0
#: How many of the open document's last pages a page's head codes are looked up in.
OPEN_BODY_PAGES = 6


@attrs.frozen
class Signal:
    """One piece of evidence about one page: ``score`` in log-odds, ``reason`` for people."""

    name: str
    score: float
    reason: str


# --------------------------------------------------------------------------------------------
# Per-page cues, computed once per page
# --------------------------------------------------------------------------------------------

_NUMBERING = [
    # "Page 2 of 3", "Page 2/3", "page 2 sur 3", "Seite 2 von 3", "Pág. 2 de 3", "p. 2/3",
    # "Page n° 2/5" (OCR: "n?", "n*"),
    # "Sheet 1 of 5" (forms, manifests), "Blatt 2 von 3"
    re.compile(
        r"\b(?:page|seite|pag|pág|p|sheet|blatt|feuille)\.?\s*(?:n[°o?*º]\.?\s*)?:?\s*"
        r"(\d{1,3}|[|lI](?=\s))\s*"
        r"(?:of|von|sur|de|/|aus)\s*(\d{1,3})\b",
        re.IGNORECASE,
    ),
    # "2 / 3" or "2/3" alone on a line, "2 of 3" / "2 von 3" alone on a line
    re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$", re.MULTILINE),
    re.compile(r"^\s*(\d{1,3})\s+(?:of|von|sur|de)\s+(\d{1,3})\s*$", re.MULTILINE | re.IGNORECASE),
]
_NUMBER_ONLY = [
    # "Page 2", "Seite 2" alone on a line
    re.compile(r"^\s*(?:page|seite|p\.)\s*(\d{1,3})\s*$", re.IGNORECASE | re.MULTILINE),
    # "- 2 -"
    re.compile(r"^[ \t]*[-\u2013\u2014][ \t]*(\d{1,3})[ \t]*[-\u2013\u2014][ \t]*$", re.MULTILINE),
]

_BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")

_TITLE_WORDS = (
    "invoice|statement|agreement|contract|report|receipt|certificate|memorandum|memo|"
    "purchase order|order confirmation|quotation|quote|proposal|notice|application|form|policy|"
    "minutes|letter|credit note|delivery note|payslip|pay slip|pay advice|remittance advice|"
    "payment advice|voucher|declaration|tax return|bill|"
    "rechnung|vertrag|bescheid|kontoauszug|angebot|lieferschein|gutschrift|"
    "facture|devis|contrat|relevé|avis|"
    # Payment reminders: "Reminder - payment overdue", "Mahnung", "Zahlungserinnerung", "Rappel".
    "reminder|mahnung|zahlungserinnerung|rappel|relance"
)
_TITLE_RE = re.compile(rf"\b(?:{_TITLE_WORDS})\b", re.IGNORECASE)
_SALUTATION_RE = re.compile(
    r"^\s*(?:dear\b|to whom it may concern|sehr geehrte|liebe[rs]?\b|madame|monsieur|hello\b)",
    re.IGNORECASE | re.MULTILINE,
)
_SUBJECT_RE = re.compile(
    r"^\s*(?:subject|re|betreff|objet|concerning|regarding)\s*:\s*(.{3,90})$",
    re.IGNORECASE | re.MULTILINE,
)
#: An enclosure line at the end of a letter: what follows belongs to it ("Enclosed: Price
#: schedule", "Encl.", "Anlage: Preisblatt", "Pièce jointe : ...").
_ENCLOSURE_RE = re.compile(
    r"^\s*(?:enclosures?|enclosed|encl\.|enc\.|attachments?|anlagen?|beilagen?|"
    r"pi[eè]ces?\s+jointes?|p\.\s?j\.|pj(?=\s*:))(?:\s*\(\w+\))?\s*[:.\-\u2013]?\s*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: The same announced in a sentence: "We enclose the estate account", "Please find enclosed
#: your P45", "die Planungszeichnungen liegen bei", "vous trouverez ci-joint". ("|" is OCR's
#: "I".) Not German "anbei" before its verb: "anbei erhalten Sie Ihren Parkausweis" hands over
#: what is on the page itself.
_ENCLOSE_PHRASE_RE = re.compile(
    r"\b(?:i|we)\s+(?:have\s+)?enclose\b|(?<!\w)\|\s+enclose\b|"
    r"\bplease\s+find\s+(?:enclosed|attached)\b|\benclosed\s+(?:is|are|please\s+find)\b|"
    r"\b(?:i|we)\s+(?:have\s+)?attach(?:ed)?\b|\bci-joint\b|"
    r"\bthe\s+enclosed\b|\bbeiliegende[nmrs]?\b|\bbeigef(?:ü|ue)gte[nmrs]?\b|"
    r"\bto\s+enclose\b|\b(?:am|are)\s+enclosing\b|\bin\s+der\s+anlage\b|"
    r"\b(?:liegt|liegen)\s+(?:\w+\s+)?bei\b|\bbeigelegt\b|\bbeigef(?:ü|ue)gt\b|"
    r"\ben\s+pi[eè]ce\s+jointe\b",
    re.IGNORECASE,
)
#: ... or as a short sentence at a letter's foot: "Delivery tickets enclosed.", "Lieferscheine
#: anbei." Only at the foot: inside a form, "label attached." is a thing fixed to a boiler.
_ENCLOSE_FOOT_RE = re.compile(
    r"\b[^\W\d_]{3,}\s+(?:(?:are|is|sind|liegen)\s+)?(?:enclosed|attached|anbei)\s*[.!]",
    re.IGNORECASE,
)
#: The title of a page that is sent with a letter: a form to be filled in and sent back (a proxy
#: form with an AGM notice, a reply slip, an acceptance form with an offer, a giro slip with a
#: bill) or the terms and conditions of a contract, quote or guarantee.
#: It starts a line; "Please return the reply slip" in a letter is no title.
_ATTACHMENT_RE = re.compile(
    r"^\W*(?:form\s+of\s+proxy|proxy\s+form|reply\s+(?:form|slip|coupon)|"
    r"postal\s+vote\s+form|(?:stimmrechts)?vollmacht\s+(?:zur|f(?:ü|ue)r\s+die)\s+"
    r"eigent(?:ü|ue)merversammlung|pouvoir(?=\s*$)|formulaire\s+de\s+vote|"
    r"acceptance\s+(?:form|slip|of\s+[^\W\d_]+)|tear[- ]off\s+slip|return\s+slip|"
    r"remittance\s+slip|payment\s+slip|(?:customer|patient)\s+declaration|"
    r"bank\s+giro\s+credit|giro\s+slip|(?:sepa-)?(?:ü|ue)berweisung(?:straeger|sträger)?\b|"
    r"zahlschein|bulletin\s+de\s+versement|"
    r"r(?:ü|ue)ckantwort|antwortformular|bon\s+pour\s+accord|coupon[- ]r[ée]ponse|"
    r"talon\s+[àa]\s+retourner|d[ée]claration\s+du\s+patient|"
    # Terms and conditions come with the contract, quote or guarantee they govern.
    r"(?:(?:standard|general|our)\s+)?terms\s+(?:and|&)\s+conditions|"
    r"conditions\s+of\s+(?:hire|sale|business|contract|use)|"
    r"terms\s+of\s+(?:this|the|business|hire|sale)|"
    r"(?:allgemeine\s+)?(?:[^\W\d_]+\s+)?(?:[^\W\d_]+-\s+und\s+)?"
    r"[^\W\d_]*bedingungen\b(?!\s*:)|"
    r"agb|(?:standard\s+)?trading\s+conditions|"
    # A form headed with the request to send it back goes with the notice it came with:
    # "DELIVERY INSTRUCTIONS - please complete and return", "... - bitte ausgefuellt zurueck".
    r"[^\W\d_][^\n]{0,60}?\s[-\u2013:]\s*(?:please\s+complete\s+and\s+return|"
    r"bitte\s+ausgef(?:ü|ue)llt\s+zur(?:ü|ue)ck|"
    r"(?:à|a)\s+compl(?:é|e)ter\s+et\s+(?:à|a)\s+retourner)|"
    r"conditions\s+of\s+participation|"
    # Plans drawn for a letter, a booking or a report: "Site plan - extinguisher points", also
    # after the name of what they show ("Hall 7 Floor plan", "Halle 4 Hallenplan").
    r"(?:[^\W\d_]{2,12}\s+\w{1,4}\s+)?(?:(?:site|floor|hall|location|seating)\s+plan|"
    r"(?:lage|hallen|standort)plan|grundriss|plan\s+d.implantation|plan\s+de\s+situation|"
    r"plan\s+du\s+(?:hall|site|stand))|"
    r"annahmeerkl(?:ä|ae)rung|formulaire\s+d.acceptation|"
    # Schedules and numbered annexes of an award, a report or an agreement (not "Schedule E",
    # a tax form of its own).
    r"schedule\s+(?:of\s+[^\W\d_]+|\d+)|annexe?\s+\d+|anlage\s+\d+|appendix\s+(?:\d+|[A-Z])\b|"
    # A page of notes on a form or notice: "Notes", "Registered keeper and notes", "Wichtige
    # Hinweise" as its whole title line (not "Notes of meeting").
    r"(?:(?:explanatory|guidance)\s+|(?:[^\W\d_]+\s+){1,3}and\s+)?notes(?=\s*$)|"
    r"(?:wichtige\s+)?hinweise(?=\s*$)|"
    r"erl(?:ä|ae)uterungen(?=\s*$)|notes?\s+explicatives?(?=\s*$)|"
    # What to bring comes with the trip or course letter: "Kit list", "Packliste".
    # (Not "packing list": an exporter's packing list is a shipping document of its own.)
    r"kit\s+list|packliste|liste\s+(?:de\s+mat[ée]riel|des\s+affaires)|trousseau|"
    # Photo sheets come with the report, claim, inventory or invoice whose findings they show:
    # "Photographs - Flat 14", "Planche photographique", "Fotodokumentation", "Photo 1: ...".
    # (Also after the running header's name: "Halden Karosserie - Fotos E42038".)
    r"(?:[^\W\d_][^\n]{0,60}?\s[-\u2013]\s+)?"
    r"(?:photographs|photos|fotos|lichtbilder|bildbeilage|fotodokumentation|photo\s+sheets?|"
    r"planche\s+photographique)(?=\s*(?:$|[-\u2013:])|\s+\S*\d)|"
    r"(?:photo|foto|bild)\s+\d{1,2}(?=\s*:)|"
    # An applicant's CV comes with the covering letter (under the name, on its second line).
    r"curriculum\s+vitae|(?:tabellarischer\s+)?lebenslauf|"
    r"conditions\s+g[ée]n[ée]rales)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A copy mark on a line of its own ("COPY", "Abschrift", "Certified true copy"): the copy of
#: a certificate, will or invoice that a letter or application encloses (27 of 28 such
#: pages in templates A-Q went with the document before them; R's tax office reminders say
#: "Kopie" on their payment slips, see :func:`_enclosed_copy`).
_COPY_MARK_RE = re.compile(
    r"^\W*(?:COPY|Copy|KOPIE|Kopie|ABSCHRIFT|Abschrift|COPIE|Copie|"
    r"(?i:(?:certified\s+)?true\s+copy|certified\s+copy|copie\s+(?:certifi[ée]e\s+)?conforme|"
    r"beglaubigte\s+(?:abschrift|kopie)))\W*$",
    re.MULTILINE,
)
#: Log-odds against a start for a page marked as a copy.
COPY_MARK = 4.5
#: "Subject to the terms overleaf", "voir au verso": the page refers to its back. Weak: the
#: back of a sheet often goes unscanned (4 of 41 such pages in the corpora preceded a start).
_OVERLEAF_RE = re.compile(
    r"\b(?:overleaf|over the page|please turn over|see reverse|on the reverse|au verso|"
    r"r(?:ü|ue)ckseite|bitte wenden|umseitig\w*)\b",
    re.IGNORECASE,
)
#: Log-odds for a previous page that refers to its back.
OVERLEAF_WEIGHT = 1.5
#: Log-odds for an attachment's title at the top of a page (2.0, then 3.0 while such pages
#: after a "Page 1 of 1" letter were still split off; 5.0 since a hall plan's large title,
#: new header and page size outweighed 3.0, and none of about 250 such pages ever started a
#: document).
ATTACHMENT_WEIGHT = 5.0
#: A page that announces an enclosure makes a boundary right after it this much less likely.
ENCLOSURE_WEIGHT = 3.0
_CLOSING_RE = re.compile(
    r"^\s*(?:(?:yours\s+)?(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|cordialement|"
    r"veuillez agr[ée]er|respectfully)\b",
    re.IGNORECASE | re.MULTILINE,
)
_SIGNATURE_RE = re.compile(r"\b(?:signature|signed|unterschrift)\b", re.IGNORECASE)
_TOTAL_RE = re.compile(
    r"\b(?:total\s+(?:due|amount|payable)|amount\s+due|balance\s+due|grand\s+total|"
    r"closing\s+balance|gesamtbetrag|rechnungsbetrag|net\s+à\s+payer|total\s+ttc)\b",
    re.IGNORECASE,
)
_CONTINUED_RE = re.compile(
    # (Not "Suite à votre demande": "following your request".)
    r"\b(?:continued|cont(?:'d|\.)|fortsetzung|suite(?!\s+(?:[àa]|aux?)\b))\b|"
    r"\(continued\)",
    re.IGNORECASE,
)
#: A form's later section as the page's first line: "Section 2 - New keeper details", "Teil 3".
_LATER_SECTION_RE = re.compile(
    r"^\W*(?:section|part|teil|abschnitt|partie)\s+(?:[2-9]|1\d)\b", re.IGNORECASE
)
#: The same reference number on the next page: stronger than a new-looking page (an itemised
#: call list or a price schedule repeating its bill number has a new title, header and words).
SAME_REF = 4.0
#: The same on a page that opens a letter with a salutation or starts its page numbers again.
SAME_REF_LETTER = 1.0
_REF_RE = re.compile(
    r"\b(invoice|account|customer|client|order|policy|contract|statement|reference|ref|case|"
    r"claim|certificate|booking|quote|quotation|estimate|receipt|membership|member|folio|ticket|"
    r"mandate|permit|licen[cs]e|bill|rechnung|kunden|facture"
    # German compounds: Bestellnummer, Kundennummer, Rechnungs-Nr. ...
    r"|(?:bestell|auftrags|kunden|rechnungs|vertrags|versicherungs|policen|konto|mitglieds|"
    r"beleg|buchungs|zertifikats)(?=-?(?:nummer|nr\b)))"
    r"\s*-?(?:nummer|no\.?|number|nr\.?|n°|#|id)?\s*[:#]?\s*"
    r"([A-Z]{0,4}[-/]?\d[\w/-]{3,})",
    re.IGNORECASE,
)
#: French puts the kind after the number sign: "N° de commande : 12345".
_REF_FR_RE = re.compile(
    r"\b(?:n°|no\.?|num[ée]ro)\s+d[eu]\s+(commande|facture|client|contrat|dossier|police|"
    r"compte|r[ée]servation)\s*[:#]?\s*([A-Z]{0,4}[-/]?\d[\w/-]{3,})",
    re.IGNORECASE,
)
#: Any other labelled identifier: "Participant number 4931", "Card no. 5521-0099",
#: "Teilnehmernummer 4931", "Ausweis-Nr. 27631424". The label word is the key.
_REF_ANY_RE = re.compile(
    r"\b([^\W\d_]{3,}?)(?:\s+(?:number|no\.?|nr\.?|id)|-?(?:nummer|nr\.?))\s*[:#]?\s*"
    r"([A-Z]{0,4}[-/]?\d[\w/-]{3,})",
    re.IGNORECASE,
)
#: Labels of numbers that are not about one document: the sender's (phone, VAT, company
#: registration, bank), ones that vary inside a document (items, pages, seats), or goods'
#: (a commodity code).
_REF_ANY_SKIP = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "page item article line position pos phone telephone tel fax mobile ruf telefon handy "
        "vat ust umsatzsteuer registration registered register company handelsregister "
        "iban bic swift sort routing seat flight train platform gate room flat house haus "
        "version issue model part serial artikel seiten positions zimmer sitz "
        # Goods classifications: the same commodity code on two exporters' papers.
        "waren commodity tarif taric hs"
    ).split()
)
_WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
#: An identifier: letters and digits mixed, slashes and dashes inside ("Q431363",
#: "HH28383741", "ITT/2026/99", "HB/245/59401").
_CODE_RE = re.compile(
    r"(?<![\w/-])(?=[\w/-]*\d)(?=[\w/-]*[^\W\d_])[^\W_][\w/-]{4,}[^\W_](?![\w/-])"
)
#: A running header's first part, before a dash: "Bethany Okonkwo - Haushaltsplan".
_RUNNING_LEAD_RE = re.compile(r"^((?=[^\n]*[^\W\d_]{3})[^\n]{3,60}?)\s+[-\u2013]\s+\S")
#: ... and after it, when the dash splits the line in two: "Tenancy Agreement - Block C 7D".
_RUNNING_TAIL_RE = re.compile(r"^[^\n]{3,60}?\s+[-\u2013]\s+([^\n]{3,60})$")
_DASH_RE = re.compile(r"\s+[-\u2013]\s+")
_DATE_CODE_RE = re.compile(r"^\d{1,2}[-/][^\W\d_]{3,4}[-/]\d{2,4}$")
#: A postcode and town on a canonical line: "wexcombe wx2 5ld", "99084 erfurt".
#: (Not a register number: "amtsgericht koeln hrb 33201 ust idnr".)
_POSTAL_RE = re.compile(
    r"\b([a-z]{1,2}\d[a-z\d]? \d[a-z]{2})\b|"
    r"(?<!hrb )(?<!hra )(?<!nr )(?<!no )\b(\d{5}) [^\W\d_]{3,}"
)
#: A table row that starts with its date ("25 09 70876 71031 exeter kendal"): the kilometre
#: readings of a mileage log are no postcode.
_ROW_DATE_RE = re.compile(r"^\d{1,2} \d{1,2}\b")
#: Lines about page numbers change from page to page inside one document.
_NUMBERING_WORD = re.compile(r"\b(?:page|seite|sheet|blatt|feuille|p)\b")
#: "Key: value" in a page's head; the value runs to the next key or the end of the line.
_FIELD_KEY_RE = re.compile(r"((?:[^\W\d_]+\.? ){0,1}[^\W\d_]+\.?)\s*:\s*")
#: Words that make a field name an identity field: who or what period a document is about.
_IDENTITY_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "name employee customer client recipient payee payer taxpayer patient insured tenant "
        "member holder applicant student beneficiary to from ship bill received ssn tin ein id "
        "period year nom kunde empfänger destinataire mitarbeiter"
    ).split()
)
#: Field names that vary inside one document or are judged by other signals.
_NOT_IDENTITY = frozenset(
    ["date", "page", "total", "subject", "signature", "amount", "due", "re", "betreff", "objet"]
)
#: A form identifier: "Form W-2", "Form 1099-MISC", "DD Form 293", "Form TX-201".
_FORM_ID_RE = re.compile(r"\b(?i:form)\s+(?:no\.?\s*)?([A-Z]{0,4}-?\d[\w-]*|[A-Z]{1,3}-\d[\w-]*)")
#: "Tax year 2023", "Pay period 2024-03", "Period 03/2024" (with or without a colon).
_PERIOD_RE = re.compile(
    r"\b(tax year|fiscal year|pay period|period|year)\s*:?\s*"
    r"(\d{4}(?:[-/]\d{1,2})?|\d{1,2}/\d{4})\b",
    re.IGNORECASE,
)
#: Function words carry no topic; leaving them out makes unrelated pages look unrelated.
_STOPWORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "the and for with this that are was were has have had from your our you will would "
        "which any all not but can may per its their there these those been being into than "
        "then also such other more about only out over under page der die das und mit von für "
        "den dem des ein eine einer ist sind wir sie ihr auf bei aus zum zur les une pour avec "
        "dans sur par est pas qui que vous nous aux"
    ).split()
)

_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            "january jan januar janvier janv",
            "february feb februar février fevrier févr",
            "march mar märz maerz mars",
            "april apr avril",
            "may mai",
            "june jun juni juin",
            "july jul juli juillet juil",
            "august aug août aout",
            "september sep sept septembre",
            "october oct oktober okt octobre",
            "november nov novembre",
            "december dec dezember dez décembre decembre déc",
        ]
    )
    for name in names.split()
}
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "slash"),
    (
        re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
        "mdy",
    ),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({_MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I),
        "dMy",
    ),
]


@attrs.frozen
class Numbering:
    """A page number found in a page's header or footer."""

    number: int
    total: int | None
    text: str
    #: A bare number on a line of its own: a page number only when the sequence confirms it.
    loose: bool = False


@attrs.frozen
class PageCues:
    """The cues of one page that the signals compare across neighbours."""

    numbering: Numbering | None
    header: str
    footer: str
    #: The first lines of the page, normalised like ``header``.
    head_text: str
    words: Counter[str]
    refs: dict[str, str]
    title_word: str | None
    #: The whole line the title word stands on, digits and punctuation removed.
    title_line: str
    salutation: bool
    subject: str | None
    closing: bool
    signature: bool
    total: bool
    continued: bool
    #: A closing formula ("Yours faithfully") in the first two lines.
    opens_closed: bool
    #: An attachment's title in the first lines ("Form of proxy", "Conditions of hire").
    attachment: str | None
    #: The page refers to its back ("terms overleaf").
    overleaf: bool
    #: A copy mark on a line of its own ("COPY", "Abschrift").
    copy_mark: bool
    date: str | None
    letterhead: bool
    #: What an enclosure line near the end announces ("price schedule"), "" for a bare
    #: "Encl.", None without one.
    enclosure: str | None = None
    #: Identity fields of the head ("employee name" -> "anna schmidt"), see :func:`find_fields`.
    fields: dict[str, str] = attrs.field(factory=dict)
    #: The large-type text at the top, normalised: a form or document title set large.
    large_title: str = ""
    #: The first lines of the page, lower case with punctuation removed (digits kept).
    head_lines: tuple[str, ...] = ()
    #: Identifiers in the first two lines (upper case), see :func:`signal_carried_code`.
    head_codes: frozenset[str] = frozenset()
    #: The parts of a running header around its dash ("Bethany Okonkwo", "Haushaltsplan" in
    #: "Bethany Okonkwo - Haushaltsplan"), empty when the first line is no such header.
    running_parts: tuple[str, ...] = ()


def find_fields(lines: Sequence[str]) -> dict[str, str]:
    """Identity fields in a page's head: ``Name: value`` pairs whose name says who or which
    period the document is about (employee, customer, recipient, taxpayer, ID, tax year ...),
    plus "Tax year 2023" / "Pay period 2024-03" written without a colon. Keys and values are
    normalised (lower case, punctuation removed)."""
    out: dict[str, str] = {}
    for line in lines:
        keys = list(_FIELD_KEY_RE.finditer(line))
        for k, m in enumerate(keys):
            end = keys[k + 1].start() if k + 1 < len(keys) else len(line)
            key = " ".join(re.sub(r"[^\w ]+", " ", m.group(1).lower()).split()[-3:])
            value = " ".join(re.sub(r"[^\w ]+", " ", line[m.end() : end].lower()).split()[:6])
            words = set(key.split())
            if not value or not words & _IDENTITY_WORDS or words & _NOT_IDENTITY:
                continue
            out.setdefault(key, value)
        for m in _PERIOD_RE.finditer(line):
            out.setdefault(m.group(1).lower(), m.group(2))
        form = _FORM_ID_RE.search(line)
        if form:
            # "Form 993-2" is page 2 of form 993; "Form W-2" and "Form 1099-G" stay whole.
            stem, _, suffix = form.group(1).rpartition("-")
            form_id = (
                stem
                if suffix.isdigit() and len(suffix) <= 2 and any(map(str.isdigit, stem))
                else form.group(1)
            )
            out.setdefault("form", form_id.lower())
    return out


def _norm_line(text: str) -> str:
    """Header/footer text without digits and punctuation, so page numbers and dates vary freely."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\d\W_]+", " ", text)
    return " ".join(w for w in text.split() if len(w) > 1)


def _first_line(text: str) -> str:
    return next((ln for ln in text.splitlines() if ln.strip()), "")


def _last_line(text: str) -> str:
    return next((ln for ln in reversed(text.splitlines()) if ln.strip()), "")


#: German compounds join with an "s" after these endings: "Rechnungsnummer" is the
#: "Rechnung" number, the one an itemised page calls "Rechnung 9540629973".
_FUGEN_S = ("ungs", "heits", "keits", "schafts", "ions", "täts", "tats")


#: Labels that name the same number: one sender calls its quote an estimate on one
#: document and a quotation on the next.
_REF_SYNONYMS = {
    **dict.fromkeys(("invoice", "bill", "rechnung", "facture"), "invoice"),
    **dict.fromkeys(("quote", "quotation", "estimate", "angebot", "devis"), "quote"),
    **dict.fromkeys(("order", "bestell", "auftrag", "commande"), "order"),
    **dict.fromkeys(("customer", "client", "kunden", "kunde"), "customer"),
}


def _ref_key(label: str) -> str:
    key = label.lower()
    key = key[:-1] if key.endswith(_FUGEN_S) else key
    return _REF_SYNONYMS.get(key, key)


def find_numbering(page: PageFeatures) -> Numbering | None:
    """The page number in the header or footer (or the first/last lines when bands are empty)."""
    lines = [ln for ln in page.text.splitlines() if ln.strip()]
    places = [page.bottom_text, page.top_text, "\n".join(lines[-4:]), "\n".join(lines[:3])]
    for i, place in enumerate(places):
        if not place:
            continue
        for pattern in _NUMBERING:
            m = pattern.search(place)
            bare = pattern is not _NUMBERING[0]
            if m and bare and i < 2 and not _at_page_edge(place, m.start(), top=i == 1):
                # "1/4" alone on a line mid-band is a form's value (the fuel gauge of a car
                # handover, a share), not its page number.
                continue
            if m:
                number, total = _ocr_int(m.group(1)), int(m.group(2))
                if 1 <= number <= total <= 500:
                    return Numbering(number, total, m.group(0).strip())
    for place in places[:2]:
        for pattern in _NUMBER_ONLY:
            m = pattern.search(place)
            if m and 1 <= int(m.group(1)) <= 500:
                return Numbering(int(m.group(1)), None, m.group(0).strip())
    # A bare number as the first or last line of the page.
    for line in [*lines[:1], *lines[-1:]]:
        m = _BARE_NUMBER.match(line)
        if m and 1 <= int(m.group(1)) <= 500:
            return Numbering(int(m.group(1)), None, m.group(1), loose=True)
    return None


def _at_page_edge(band: str, offset: int, *, top: bool) -> bool:
    """Whether ``offset`` lies on one of the two lines of ``band`` nearest the page's edge:
    the first two of the top band, the last two of the bottom band."""
    before = band[:offset].count("\n")
    return before < 2 if top else band.count("\n") - before < 2


def _ocr_int(text: str) -> int:
    """A page number as OCR reads it: "1" often comes out as "|", "l" or "I" ("Page | of 5")."""
    return 1 if text == "|" or text.lower() in ("l", "i") else int(text)


def find_date(text: str) -> str | None:
    """The first plausible date in ``text`` as ISO yyyy-mm-dd."""
    best: tuple[int, str] | None = None
    for pattern, kind in _DATE_PATTERNS:
        for m in pattern.finditer(text[:3000]):
            iso = _iso(m.groups(), kind)
            if iso and (best is None or m.start() < best[0]):
                best = (m.start(), iso)
                break
    return best[1] if best else None


def _iso(groups: Sequence[str], kind: str) -> str | None:
    try:
        if kind == "ymd":
            y, mo, d = int(groups[0]), int(groups[1]), int(groups[2])
        elif kind == "dmy":
            d, mo, y = int(groups[0]), int(groups[1]), int(groups[2])
        elif kind == "slash":
            a, b, y = int(groups[0]), int(groups[1]), int(groups[2])
            # Day first when it cannot be a month; otherwise the US order.
            d, mo = (a, b) if a > 12 else (b, a)
        elif kind == "mdy":
            mo, d, y = _MONTHS[groups[0].lower()], int(groups[1]), int(groups[2])
        else:
            d, mo, y = int(groups[0]), _MONTHS[groups[1].lower()], int(groups[2])
    except (KeyError, ValueError):
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31 and 1900 <= y <= 2100):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def page_cues(page: PageFeatures) -> PageCues:
    text = page.text
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    head = "\n".join(lines[:12])
    tail = "\n".join(lines[-15:])
    ending = "\n".join(lines[-8:])
    enclosure_line = _ENCLOSURE_RE.search(ending)
    # A sentence announcing an enclosure stands anywhere in a letter's body, not only at its
    # foot: "We are pleased to enclose your guarantee certificate" in the first paragraph.
    # (Below the letterhead, or the last 8 lines of a short page.)
    body = " ".join(lines[max(0, min(5, len(lines) - 8)) :])
    enclosure_phrase = _ENCLOSE_PHRASE_RE.search(body) or _ENCLOSE_FOOT_RE.search(ending)
    enclosure = (
        enclosure_line.group(1).strip()
        if enclosure_line
        else " ".join(enclosure_phrase.group(0).lower().split())
        if enclosure_phrase
        else None
    )
    # A title is set large or stands on a short line of its own near the top; the same word
    # inside running text ("this agreement ...") is no title.
    # (Nor is a table row with its amounts: "Lift maintenance contract 7,809.53 9,179.00".)
    short_lines = [
        ln for ln in lines[:5] if len(ln.split()) <= 6 and len(_AMOUNT_RE.findall(ln)) < 2
    ]
    title_place = page.large_text + "\n" + "\n".join(short_lines)
    title = _TITLE_RE.search(title_place)
    title_line = ""
    if title:
        start = title_place.rfind("\n", 0, title.start()) + 1
        end = title_place.find("\n", title.end())
        title_line = _norm_line(title_place[start : end if end != -1 else None])
    subject = _SUBJECT_RE.search("\n".join(lines[:30]))
    refs: dict[str, str] = {}
    for m in (*_REF_RE.finditer(text[:1500]), *_REF_FR_RE.finditer(text[:1500])):
        refs.setdefault(_ref_key(m.group(1)), m.group(2).upper())
    # Footers carry the sender's own numbers ("Registered in England No. 8043620"), the same
    # on every document it sends: generic labels count only above the footer.
    foot = {ln.strip() for ln in page.bottom_text.splitlines()}
    above = "\n".join(ln for ln in text[:1500].splitlines() if ln.strip() not in foot)
    for m in _REF_ANY_RE.finditer(above):
        key = _ref_key(m.group(1))
        if key not in _REF_ANY_SKIP:
            refs.setdefault(key, m.group(2).upper())
    return PageCues(
        numbering=find_numbering(page),
        # The first line of the top band and the last of the bottom band: running headers and
        # footers live there, the rest of a band is ordinary content.
        header=_norm_line(_first_line(page.top_text)),
        footer=_norm_line(_last_line(page.bottom_text)),
        head_text=_norm_line(head),
        words=Counter(
            w for w in (x.lower() for x in _WORD_RE.findall(text)) if w not in _STOPWORDS
        ),
        refs=refs,
        title_word=title.group(0).lower() if title else None,
        title_line=title_line,
        salutation=bool(_SALUTATION_RE.search("\n".join(lines[:25]))),
        subject=subject.group(1).strip() if subject else None,
        closing=bool(_CLOSING_RE.search(tail)),
        signature=bool(_SIGNATURE_RE.search(tail)),
        total=bool(_TOTAL_RE.search(tail)),
        enclosure=enclosure,
        continued=bool(_CONTINUED_RE.search(head) or (lines and _LATER_SECTION_RE.match(lines[0]))),
        overleaf=bool(_OVERLEAF_RE.search(text)),
        copy_mark=bool(_COPY_MARK_RE.search(text)),
        opens_closed=bool(_CLOSING_RE.search("\n".join(lines[:2]))),
        attachment=reply.group(0).strip(" -:*")
        if (reply := _ATTACHMENT_RE.search("\n".join(lines[:5])))
        else None,
        date=find_date(head),
        letterhead=page.body_font_size > 0 and page.max_font_size >= 1.35 * page.body_font_size,
        fields=find_fields(lines[:20]),
        large_title=_norm_line(page.large_text)
        if page.body_font_size > 0 and page.max_font_size >= 1.2 * page.body_font_size
        else "",
        head_lines=tuple(h for ln in lines[:HEAD_LINES] if (h := _canon_line(ln))),
        running_parts=_running_parts(lines[0]) if lines else (),
        head_codes=frozenset(
            m.group(0).upper()
            for ln in lines[:2]
            for m in _CODE_RE.finditer(ln)
            if not _DATE_CODE_RE.match(m.group(0))
        ),
    )


def _running_parts(line: str) -> tuple[str, ...]:
    """The parts of a first line "A - B" around its dash (only A when B runs on); a tail with
    dashes of its own gives its pieces too: "Idris Pryce" in "Betriebskostenabrechnung 2024 -
    Idris Pryce - WE 02"."""
    lead = _RUNNING_LEAD_RE.match(line)
    if lead is None:
        return ()
    tail = _RUNNING_TAIL_RE.match(line)
    if tail is None:
        return (lead.group(1),)
    rest = tail.group(1).strip()
    # Only pieces that look like a name or a title: a town or a street in a letterhead strung
    # together with dashes would turn up in the return address of any letter.
    pieces = [
        x
        for x in _DASH_RE.split(rest)
        if x != rest and len(x.split()) >= 2 and not any(ch.isdigit() for ch in x)
    ]
    return (lead.group(1), rest, *pieces)


def _canon_line(text: str) -> str:
    """A line compared as a whole: lower case, punctuation removed, digits kept."""
    text = unicodedata.normalize("NFKC", text).lower()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def _label(line: str) -> str:
    """The label a line starts with: up to two words before the first word with a digit or
    the name of a month ("milchgeldabrechnung" in "milchgeldabrechnung dezember 2024")."""
    words: list[str] = []
    for w in line.split()[:2]:
        if any(ch.isdigit() for ch in w) or w in _MONTHS:
            break
        words.append(w)
    return " ".join(words)


def _new_postcode(a: str, b: str, prev: tuple[str, ...]) -> bool:
    """Line ``b`` has another postcode than line ``a`` in its place, and the town after it is
    not in the previous head: OCR reads a head's lines differently from scan to scan, and a
    shifted alignment pairs the letterhead's postcode with the addressee's line, whose own
    postcode OCR lost on the previous page ("e mail ... a carpentras cedex")."""
    old, new = _postcode(a), _postcode(b)
    if old is None or new is None or old == new:
        return False
    town = b[b.index(new) + len(new) :].split()[:1]
    return not (town and len(town[0]) >= 4 and town[0] in " ".join(prev).split())


def _postcode(line: str) -> str | None:
    """The postcode on a canonical line ("wx2 5ld", "99084"), if any."""
    m = _POSTAL_RE.search(line)
    return (m.group(1) or m.group(2)) if m else None


_CANON_DATE_RE = re.compile(
    rf"\b(\d{{1,2}} \d{{1,2}} \d{{4}}|\d{{4}} \d{{1,2}} \d{{1,2}}|(?:{_MONTH_ALT}) \d{{4}})\b"
)


#: A date in a canonical line with the word before it: "date 26 september 2024".
_KEYED_DATE_RE = re.compile(
    rf"\b([^\W\d_]+) ((?:\d{{1,2}} )?(?:{_MONTH_ALT})(?: \d{{1,2}})? \d{{4}}|"
    rf"\d{{1,2}} \d{{1,2}} \d{{2,4}}|\d{{4}} \d{{1,2}} \d{{1,2}})\b"
)


def _date_key(value: str) -> str | None:
    """The first date or month ("22 02 2025", "mars 2025") in a canonical line."""
    m = _CANON_DATE_RE.search(value)
    return m.group(1) if m else None


def _name_field(a: str, b: str) -> bool:
    """Two canonical lines of one label word and a name each (two or three words, no digits)."""
    wa, wb = a.split(), b.split()
    return (
        len(wa[0]) >= 3
        and wa[0] == wb[0]
        and all(3 <= len(w) <= 4 for w in (wa, wb))
        and not any(ch.isdigit() for ch in a + b)
    )


def _leading_int(value: str) -> int | None:
    """A small number a value starts with ("2 residents" -> 2)."""
    m = re.match(r"(\d{1,2})\b", value)
    return int(m.group(1)) if m else None


def _new_value(a: str, b: str) -> bool:
    """Whether two readings of a field hold different values: OCR misreads a character or two
    of one value, a new name or number shares less than half of its characters. (Counting a
    quarter of the characters as new also split on dates and amounts that change inside one
    document: 14 more false splits for 6 more boundaries.) Words both values start with are
    the rest of a longer label ("wtn" in "wiegeschein wtn 283627") and are left out."""
    wa, wb = a.split(), b.split()
    while len(wa) == len(wb) > 1 and wa[0] == wb[0] and wa[0].isalpha():
        # (Only between values of as many words: "kettle cafe" and "kettle cafe daily cash
        # up" are one line read whole once and cut once, not two values.)
        wa, wb = wa[1:], wb[1:]
    return difflib.SequenceMatcher(None, " ".join(wa), " ".join(wb)).ratio() < 0.5


#: Words that say "a number follows": the label of a line whose value may start with a letter.
_NUMBER_LABELS = frozenset(("no", "nr", "n", "number", "nummer", "num", "ref", "reference", "id"))


def _shared_label(a: str, b: str) -> str | None:
    """The words two canonical lines of as many words start with, when they end in a number
    label and a word with a digit follows: "no" in "no w 2237003" / "no f 1291034". (Not "til"
    in "til e 231" / "til m 151": a project code before the drawing numbers of one set.)"""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return None
    words: list[str] = []
    for x, y in zip(wa, wb, strict=True):
        if x != y or any(ch.isdigit() for ch in x):
            break
        words.append(x)
    rest = wa[len(words) :]
    if (
        not words
        or words[-1] not in _NUMBER_LABELS
        or not any(any(ch.isdigit() for ch in w) for w in rest)
    ):
        return None
    return " ".join(words)


def _new_code(a: str, b: str) -> bool:
    """The values start with another number or code of at least four characters, whatever the
    rest of the line: "hawb lfx 9494045 mawb 313 7626" after "hawb lfx 6656197 mawb 313 7626",
    the next house waybill under the same master."""
    ta, tb = (a.split() or [""])[0], (b.split() or [""])[0]
    return (
        len(ta) >= 4
        and len(tb) >= 4
        and any(ch.isdigit() for ch in ta)
        and any(ch.isdigit() for ch in tb)
        and difflib.SequenceMatcher(None, ta, tb).ratio() < 0.5
    )


#: "Page 3 of 5" in a canonical head line ("page n 3 5", "seite 2 von 3").
_HEAD_PAGE_RE = re.compile(
    r"\b(?:page|seite|blatt|sheet|feuille)(?: n| no)? (\d{1,3}) (?:(?:of|von|sur|de) )?(\d{1,3})\b"
)


@functools.lru_cache(maxsize=16)
def template_refill(prev: tuple[str, ...], cur: tuple[str, ...]) -> tuple[int, tuple[str, ...]]:
    """Compare two pages' head lines (see :attr:`PageCues.head_lines`): how many lines they
    share word for word, and the labels whose value changed between them ("beitragsnummer"
    for "Beitragsnummer 046 736 946" then "Beitragsnummer 723 908 147"). A second page of one
    document repeats at most its running header; the next letter of a batch repeats the whole
    head with another recipient, number and date."""
    matcher = difflib.SequenceMatcher(None, prev, cur, autojunk=False)
    fixed = 0
    changed: list[str] = []
    counter = False
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            # A line of a word or two ("2nd", "Date") says nothing about the template.
            fixed += sum(1 for line in prev[i1:i2] if len(line) >= 6)
        elif tag == "replace":
            pairs = list(zip(prev[i1:i2], cur[j1:j2], strict=False))
            if any(_new_postcode(a, b, prev) for a, b in pairs if not _ROW_DATE_RE.match(a)):
                # Another postcode in the same place of the head: another addressee. (The
                # postcode, not the line: OCR garbles the street next to it.)
                changed.append("address")
            # A one-word label on a line of its own right above ("Date" / "20 August 2024"),
            # shared by both pages, labels the first line of the block.
            shared = prev[i1 - 1] if i1 and j1 and prev[i1 - 1] == cur[j1 - 1] else ""
            if any(ch.isdigit() for ch in shared):
                shared = ""
            # One word labels any value: two are as often a name ("Eliot Oberlaender" /
            # "Reference"). Up to four label a date ("Fin de location" / "13 09 2025"): two
            # pages of one document do not date their head anew.
            above = shared if len(shared.split()) == 1 else ""
            date_label = shared if len(shared.split()) <= 4 else ""
            for k, (a, b) in enumerate(pairs):
                if _NUMBERING_WORD.search(a):
                    continue
                label = _label(a)
                if len(label.replace(" ", "")) >= 2 and label == _label(b):
                    va, vb = a[len(label) :].strip(), b[len(label) :].strip()
                elif (shared_label := _shared_label(a, b)) is not None:
                    # "no w 2237003" / "no f 1291034": the label is the words both lines start
                    # with, a series letter belongs to the value.
                    label = shared_label
                    va, vb = a[len(label) :].strip(), b[len(label) :].strip()
                elif _name_field(a, b):
                    # "name eleanor brightwell" / "name benedikt strohmaier": a one-word label
                    # and a name of two or three words after it.
                    label, va, vb = a.split()[0], " ".join(a.split()[1:]), " ".join(b.split()[1:])
                elif k == 0 and len(above) >= 2:
                    label, va, vb = above, a, b
                elif k == 0 and len(date_label) >= 2 and _date_key(a) and _date_key(b):
                    label, va, vb = date_label, a, b
                else:
                    continue
                da, db = _date_key(va), _date_key(vb)
                if da is not None and db is not None:
                    # A date is compared as a date: "22 02 2025" and "22 12 2025" share most
                    # characters, yet the next month's notice is another document.
                    if da != db:
                        changed.append(label)
                    continue
                na, nb = _leading_int(va), _leading_int(vb)
                if na is not None and nb is not None and (abs(na - nb) == 1 or 0 < nb - na <= 4):
                    # "Step 2 ..." after "Step 1 ...", "Week 3" after "Week 2", "Photo 3" after
                    # "Photo 1" (two to a sheet): a sequence inside one document, not a new
                    # value. A bare number one up ("GeoBase 18" after "GeoBase 17") counts
                    # the pages of one document.
                    counter = counter or (va.isdigit() and vb.isdigit() and nb == na + 1)
                    continue
                if _new_value(va, vb) or _new_code(va, vb):
                    changed.append(label)
    return fixed, () if counter or _later_page(cur) else tuple(changed)


def _later_page(head: tuple[str, ...]) -> bool:
    """The head says which page of how many it is, past the first ("page n 3 5"): a later
    page of one document, whatever else changed (OCR pairs a head's lines differently from
    scan to scan)."""
    return any(
        (m := _HEAD_PAGE_RE.search(line)) is not None and 2 <= int(m.group(1)) <= int(m.group(2))
        for line in head
    )


def cosine(a: Counter[str], b: Counter[str]) -> float:
    """Cosine similarity of two word-count vectors (0 when either is empty)."""
    if not a or not b:
        return 0.0
    dot = sum(v * b.get(k, 0) for k, v in a.items())
    na = math.sqrt(sum(v * v for v in a.values()))
    nb = math.sqrt(sum(v * v for v in b.values()))
    return dot / (na * nb)


def _jaccard(a: str, b: str) -> float:
    sa, sb = set(a.split()), set(b.split())
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


# --------------------------------------------------------------------------------------------
# Signals: each looks at page ``cur`` (with cues ``c``) and the previous content page
# --------------------------------------------------------------------------------------------


@attrs.frozen
class Context:
    """What a signal may look at for one page."""

    page: PageFeatures
    cues: PageCues
    prev: PageFeatures
    prev_cues: PageCues
    #: Pages between ``prev`` and ``page`` that were separator sheets or blank.
    separators_between: tuple[PageFeatures, ...]
    #: The last barcode value seen on a content page of the current document, if any.
    open_barcode: str | None
    #: The reference numbers seen so far on the pages of the current document.
    open_refs: Mapping[str, str] = attrs.field(factory=dict)
    #: Whether ``prev`` was decided to start a document.
    prev_starts: bool = True
    #: The bodies (below their first lines, upper case) of the current document's last pages,
    #: newest first: what a page's head may refer back to. Empty means ``prev`` alone.
    open_bodies: tuple[tuple[int, str], ...] = ()


SignalFn = Callable[[Context], Signal | None]


def signal_separator(ctx: Context) -> Signal | None:
    """A separator sheet or blank page just before this page."""
    if not ctx.separators_between:
        return None
    sep = ctx.separators_between[-1]
    if sep.is_separator or sep.barcodes:
        what = f"barcode '{sep.barcodes[0]}'" if sep.barcodes else "patch-T sheet"
        return Signal("separator", 8.0, f"after separator sheet on page {sep.number} ({what})")
    return Signal("separator", 3.5, f"after blank page {sep.number}")


def signal_barcode(ctx: Context) -> Signal | None:
    """A barcode on a content page (an ASN or tag label) starts a document, unless it repeats
    the code already seen in the current document (start and end labels of one document)."""
    if not ctx.page.barcodes:
        return None
    value = ctx.page.barcodes[0]
    if ctx.open_barcode is not None and value == ctx.open_barcode:
        return Signal("barcode", -2.0, f"barcode '{value}' repeats")
    if ctx.open_barcode is not None and _same_family(value, ctx.open_barcode):
        return Signal("barcode", -1.5, f"barcode '{value}' belongs with '{ctx.open_barcode}'")
    return Signal("barcode", 3.0, f"barcode '{value}'")


def _same_family(a: str, b: str) -> bool:
    # "101-a" / "101-z": one document's start and end labels share everything before the suffix.
    sa, sb = re.split(r"[-_ ]", a), re.split(r"[-_ ]", b)
    return len(sa) > 1 and len(sb) > 1 and sa[:-1] == sb[:-1] and len(a) > 3


def signal_numbering(ctx: Context) -> Signal | None:
    """Page numbers: 'Page 1 of n' starts, a number following the previous one continues."""
    cur, prev = ctx.cues.numbering, ctx.prev_cues.numbering
    if (cur is not None and cur.loose) or (prev is not None and prev.loose):
        # Bare numbers count only as a sequence: n after n-1, or 1 after a higher number.
        if cur is None or prev is None:
            return None
        if cur.number == prev.number + 1:
            return Signal("numbering", -4.0, f"page number {cur.text} follows {prev.text}")
        if cur.number == 1 and prev.number > 1:
            return Signal("numbering", 2.0, f"page number 1 after {prev.text}")
        return None
    if cur is not None and prev is not None:
        if cur.number == prev.number + 1 and (cur.total == prev.total or None in (cur.total,)):
            return Signal("numbering", -6.0, f"'{cur.text}' follows '{prev.text}'")
        if cur.number == 1:
            return Signal("numbering", 5.0, f"'{cur.text}' after '{prev.text}'")
        if cur.number <= prev.number:
            return Signal("numbering", 3.0, f"numbering restarts: '{cur.text}' after '{prev.text}'")
        return Signal("numbering", 1.0, f"numbering jumps: '{cur.text}' after '{prev.text}'")
    if cur is not None:
        if cur.number == 1 and signal_cover(ctx) is not None:
            # Numbering that starts after an unnumbered cover page is what reports, contracts
            # and statements do: no evidence either way (it was +1 until the development
            # corpora showed four covered documents split after their cover and none gained).
            return Signal("numbering", 0.0, f"'{cur.text}' after an unnumbered cover page")
        if cur.number == 1 and (_enclosed_copy(ctx) or _carried(ctx, codes_only=True)):
            # A schedule whose head carries the open document's number, or a copy, numbers
            # its own pages: 26 of 26 such pages in the corpora went with the page before.
            return Signal("numbering", 0.0, f"'{cur.text}' numbers an enclosure on its own")
        if cur.number == 1:
            return Signal("numbering", 3.0, f"'{cur.text}'")
        return Signal("numbering", -2.5, f"'{cur.text}' without a previous page")
    if prev is not None:
        if prev.total is not None and prev.number >= prev.total:
            if ctx.cues.attachment is not None:
                # Terms, a reply form or a plan come after the numbered pages they go with.
                return Signal("numbering", 0.0, f"page {ctx.prev.number} was '{prev.text}'")
            return Signal("numbering", 2.5, f"page {ctx.prev.number} was '{prev.text}'")
        if prev.total is not None and signal_layout(ctx) is None:
            # (A page of another size without a number is not the page it was waiting for:
            # a document's sample or scan often lacks its last pages.)
            return Signal(
                "numbering", -2.0, f"page {ctx.prev.number} was '{prev.text}', more expected"
            )
    return None


def signal_first_page(ctx: Context) -> Signal | None:
    """Cues that a page is the first of a document: title word, salutation, subject, letterhead."""
    c, p = ctx.cues, ctx.prev_cues
    score = 0.0
    reasons: list[str] = []
    # A title repeated on every page is a running header and says nothing; the same kind of
    # title with other words ("Quarterly Report: X" after "Annual Report: Y") is a new one.
    if c.title_word and c.title_word != p.title_word:
        score += 1.2
        reasons.append(f"title '{c.title_word}'")
    elif (
        c.title_word
        and _jaccard(c.title_line, p.title_line) < 0.5
        and c.title_line not in p.head_text
    ):
        score += 0.8
        reasons.append(f"new title '{c.title_line[:40]}'")
    # Type much larger than anything on the previous page: a title or a letterhead.
    if (
        ctx.prev.body_font_size > 0
        and ctx.page.max_font_size >= 1.5 * ctx.prev.body_font_size
        and ctx.page.max_font_size > 1.25 * ctx.prev.max_font_size
    ):
        score += 0.8
        reasons.append("large type")
    if c.salutation:
        score += 1.5
        reasons.append("salutation")
    if c.subject:
        score += 1.0
        reasons.append("subject line")
    if c.date and c.date != p.date:
        score += 0.5
        reasons.append(f"date {c.date}")
    if c.letterhead and not p.letterhead:
        score += 0.8
        reasons.append("new letterhead")
    if _cover_like(ctx.page, ctx.prev.body_font_size) and (
        c.numbering is None or c.numbering.number == 1
    ):
        score += COVER_START
        reasons.append("a cover page")
    if c.continued:
        score -= 2.5
        reasons.append("'continued'")
    elif c.opens_closed:
        # A letter's closing spilled over onto this page.
        score -= 2.5
        reasons.append("begins with a closing formula")
    if not reasons:
        return None
    return Signal("first_page", score, ", ".join(reasons))


def signal_last_page(ctx: Context) -> Signal | None:
    """Cues that the previous page ended a document: closing formula, signature, totals."""
    p = ctx.prev_cues
    score = 0.0
    reasons: list[str] = []
    # A closing formula followed by an enclosure line ends the letter, not the document.
    if p.closing and p.enclosure is None:
        score += 1.5
        reasons.append("closing formula")
    if p.signature:
        score += 0.5
        reasons.append("signature")
    if p.total:
        score += 0.8
        reasons.append("totals")
    if not reasons:
        return None
    reason = f"page {ctx.prev.number} ends with " + ", ".join(reasons)
    if not _begins(ctx):
        # Nothing begins on this page (no title, date, salutation or letterhead, no form
        # filled in anew): a leaflet, notes or a list the letter does not announce follows
        # its signature as often as the next document does.
        return Signal("last_page", 0.0, reason + ", but nothing begins here")
    if p.salutation and (sim := signal_similarity(ctx)) is not None and sim.score < 0:
        # (Vocabulary is compared only after a page that greets: elsewhere it decides nothing.)
        return Signal("last_page", 0.0, reason + ", but this page goes on with its words")
    return Signal("last_page", score, reason)


def _begins(ctx: Context) -> bool:
    """Whether the page shows a first page's cue or the previous page's form filled in anew."""
    first = signal_first_page(ctx)
    if first is not None and first.score >= 0.3:
        return True
    identity = signal_identity(ctx)
    return signal_template(ctx) is not None or (identity is not None and identity.score > 0)


def signal_enclosure(ctx: Context) -> Signal | None:
    """The previous page announced an enclosure: the page after it is that enclosure (a price
    schedule, a reply form), part of the same document however new it looks."""
    what = ctx.prev_cues.enclosure
    if what is None:
        return None
    named = f" ({what[:40]})" if what else ""
    return Signal(
        "enclosure", -ENCLOSURE_WEIGHT, f"page {ctx.prev.number} announces an enclosure{named}"
    )


def signal_overleaf(ctx: Context) -> Signal | None:
    """The previous page refers to its back ("subject to the terms overleaf"): this page may
    be that back."""
    if not ctx.prev_cues.overleaf:
        return None
    return Signal("overleaf", -OVERLEAF_WEIGHT, f"page {ctx.prev.number} refers to its back")


def signal_copy(ctx: Context) -> Signal | None:
    """A page marked as a copy is an enclosure: applicants, solicitors and exporters send
    copies of certificates, wills and invoices with the letter or form that names them."""
    if not ctx.cues.copy_mark:
        return None
    if not _enclosed_copy(ctx):
        return Signal("copy", 0.0, "marked as a copy, but the head is filled in anew")
    return Signal("copy", -COPY_MARK, "marked as a copy")


def _enclosed_copy(ctx: Context) -> bool:
    """A page marked as a copy that is no refill of the previous page's head: with the head
    again and new values it is the sender's next notice, whose payment slip happens to say
    "Kopie", not an enclosed copy."""
    return ctx.cues.copy_mark and signal_template(ctx) is None


def signal_attachment(ctx: Context) -> Signal | None:
    """A page titled as an attachment, a form to fill in and send back (proxy form, reply slip,
    acceptance form) or terms and conditions, comes with the letter, contract or quote before
    it. Not one such page in the development corpora started a document."""
    if ctx.cues.attachment is None:
        return None
    if ctx.prev_cues.attachment and ctx.prev_cues.attachment.lower() == ctx.cues.attachment.lower():
        # The same title on both pages: one form after another, each with its own letter
        # or none (a run of reply slips), not the form's second page.
        return None
    return Signal(
        "attachment", -ATTACHMENT_WEIGHT, f"'{ctx.cues.attachment}' goes with the page before it"
    )


def signal_references(ctx: Context) -> Signal | None:
    """A reference number (invoice, account, order ...) that changes or stays the same."""
    cur, prev = ctx.cues.refs, ctx.prev_cues.refs
    shared = [k for k in cur if k in prev]
    if cur and (_enclosed_copy(ctx) or _listed(ctx) is not None):
        # A receipt the open claim lists, or a copy enclosed: its own number is no new
        # document's.
        return None
    if not shared:
        # The previous page has none of them (the last page of a letter, a terms page):
        # compare with the numbers of the document so far.
        earlier = ctx.open_refs
        for key in cur:
            if key in earlier and cur[key] != earlier[key]:
                return Signal(
                    "references",
                    3.0,
                    f"{key} no. {cur[key]} differs from {earlier[key]} earlier in the document",
                )
        same = next((k for k in cur if k in earlier), None)
        if same is None:
            return None
        return _same_ref_signal(ctx, f"same {same} no. {cur[same]} as earlier")
    if _carried(ctx, codes_only=True) is not None:
        # The new number is one the open document listed: an enclosure it announced.
        return None
    for key in shared:
        if _ref_differs(ctx, key):
            return Signal(
                "references", 3.0, f"{key} no. {cur[key]} differs from {prev[key]} on previous"
            )
    if signal_template(ctx) is not None:
        # The same account's next notice or statement: the head again with a new date.
        return Signal(
            "references", 0.0, f"same {shared[0]} no. {cur[shared[0]]}, head with new values"
        )
    return _same_ref_signal(ctx, f"same {shared[0]} no. {cur[shared[0]]}")


def _same_ref_signal(ctx: Context, reason: str) -> Signal:
    if _opens_letter(ctx):
        # A dated letter under the same account number: the sender's next letter about the
        # account (16 of 16 such pages over the parts A-S began a document).
        return Signal("references", 0.0, reason + ", but a letter opens here")
    return Signal("references", -_same_ref(ctx), reason)


def _same_ref(ctx: Context) -> float:
    """How much the same reference number speaks against a start on this page."""
    # A letter that opens with "Dear ..." under the same account number is the sender's next
    # letter about that account: over the development corpora every such page started one.
    if ctx.cues.salutation:
        return SAME_REF_LETTER
    numbering = signal_numbering(ctx)
    if numbering is not None and numbering.score > 0:
        # Page numbers that start again under the same account number: the account's next
        # statement or invoice (17 of 17 such pages in the corpora started one).
        return SAME_REF_LETTER
    return SAME_REF


def _ref_differs(ctx: Context, key: str) -> bool:
    """True when the two pages' numbers under ``key`` differ and neither page carries the
    other's: "Account 42-47-44 86474313" on a statement's second page is the same account
    as "Account number 86474313" on its first, though the sort code comes first there."""
    a, b = ctx.cues.refs[key], ctx.prev_cues.refs[key]
    if a == b:
        return False
    return b not in ctx.page.text[:1500].upper() and a not in ctx.prev.text[:1500].upper()


def signal_similarity(ctx: Context) -> Signal | None:
    """Vocabulary overlap with the previous page: little overlap suggests a new document.

    The score shrinks with the shorter page's word count: a cover page or a half-empty last
    page shares few words with anything, and that says little.
    """
    a, b = ctx.cues.words, ctx.prev_cues.words
    shorter = min(sum(a.values()), sum(b.values()))
    if shorter < 8:
        return None
    sim = cosine(a, b)
    # Neighbouring pages of one document typically share 0.3-0.6 of their topic vocabulary,
    # pages of unrelated documents under 0.1.
    weight = min(1.0, shorter / 80)
    raw = (SIMILARITY_PIVOT - sim) * SIMILARITY_SLOPE
    score = max(-SIMILARITY_CAP_SAME, weight * max(-SIMILARITY_CAP, min(SIMILARITY_CAP, raw)))
    reason = f"similarity to page {ctx.prev.number} {sim:.2f}"
    if score < 0 and signal_repeat_title(ctx) is not None:
        differ, same = _compare_fields(ctx)
        if differ or not same:
            # The same form again, filled in anew: the shared words are the form's.
            return Signal("similarity", 0.0, reason + " (same form again)")
    if score < 0 and signal_template(ctx) is not None:
        return Signal("similarity", 0.0, reason + " (same template, new values)")
    if score < 0 and _opens_letter(ctx):
        # One sender's letterhead, address and account words fill both pages.
        return Signal("similarity", 0.0, reason + " (a letter opens here)")
    return Signal("similarity", score, reason)


def _opens_letter(ctx: Context) -> bool:
    """The page opens a letter of its own date: a salutation and a date the previous page does
    not carry. A letter's later pages greet nobody, so after a page of the same sender this is
    the sender's next letter (18 of 19 such pages over the parts A-S begin a document)."""
    c = ctx.cues
    return c.salutation and c.date is not None and c.date != ctx.prev_cues.date


def _compare_fields(ctx: Context) -> tuple[list[str], list[str]]:
    """The identity fields both pages carry, split into those that differ and those that don't."""
    cur, prev = ctx.cues.fields, ctx.prev_cues.fields
    differ: list[str] = []
    same: list[str] = []
    for key in cur:
        if key not in prev or key.split()[0] in ctx.cues.refs:
            continue
        a, b = cur[key].split(), prev[key].split()
        n = min(len(a), len(b))
        # "X123" and "X123 continued" are the same value.
        (same if a[:n] == b[:n] else differ).append(key)
    return differ, same


def signal_identity(ctx: Context) -> Signal | None:
    """Identity fields (employee, customer, recipient, taxpayer, ID, tax year, pay period) that
    change between neighbouring pages: two payslips or tax forms of one template in a row."""
    cur, prev = ctx.cues.fields, ctx.prev_cues.fields
    differ, same = _compare_fields(ctx)
    if differ:
        score = min(IDENTITY_MAX, IDENTITY_WEIGHT + 0.5 * (len(differ) - 1))
        key = differ[0]
        return Signal("identity", score, f"{key} '{cur[key][:30]}' differs from '{prev[key][:30]}'")
    if same:
        return Signal("identity", -IDENTITY_SAME, f"same {same[0]} '{cur[same[0]][:30]}'")
    return None


def signal_template(ctx: Context) -> Signal | None:
    """The previous page's head again, line for line, with new values in labelled lines: the
    same form letter, receipt or certificate filled in for someone else or another date."""
    fixed, changed = _refill(ctx)
    # A postcard's head is short: its two sender lines will do when the addressee changed.
    # A period in the title changed ("Milchgeldabrechnung Oktober 2023" then "... Dezember
    # 2024"): the next statement, however short its head; two shared lines will do.
    dated = any(_date_key(line) for line in ctx.cues.head_lines[:3] if _label(line) in changed)
    if not changed or fixed < (2 if "address" in changed or dated else TEMPLATE_FIXED):
        return None
    if _carried(ctx, codes_only=True) is not None:
        # The new number was announced in the open document ("Delivery tickets enclosed"
        # after a list of them): the next of its enclosures, not the next form letter.
        return None
    score = min(TEMPLATE_MAX, TEMPLATE_WEIGHT + 0.5 * (len(changed) - 1))
    return Signal(
        "template",
        score,
        f"head of page {ctx.prev.number} again with new {', '.join(dict.fromkeys(changed))[:60]}",
    )


def _refill(ctx: Context) -> tuple[int, tuple[str, ...]]:
    # Four signals ask for the same pair of pages: the comparison is cached.
    found = template_refill(ctx.prev_cues.head_lines, ctx.cues.head_lines)
    if found[1] or not (ctx.page.ocr_used and ctx.prev.ocr_used):
        return found
    return template_refill_words(ctx.prev_cues.head_lines, ctx.cues.head_lines)


@functools.lru_cache(maxsize=16)
def template_refill_words(
    prev: tuple[str, ...], cur: tuple[str, ...]
) -> tuple[int, tuple[str, ...]]:
    """:func:`template_refill` for scanned pages, word by word: OCR joins a head's lines in one
    scan ("the copper kettle cafe daily cash up") and not in the next, so no line is shared
    whole. Counts the runs of at least three words the heads share (as lines) and reports a
    date that changed on a line that kept its words ("date")."""
    a, b = " ".join(prev).split(), " ".join(cur).split()
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    fixed = sum(
        1
        for block in matcher.get_matching_blocks()
        if block.size >= 3
        and sum(1 for w in a[block.a : block.a + block.size] if len(w) >= 3 and w.isalpha()) >= 2
    )
    old, new = _dated_lines(prev), _dated_lines(cur)
    changed = any(k in new and new[k] != v for k, v in old.items()) and not _later_page(cur)
    return fixed, ("date",) if changed else ()


def _dated_lines(lines: tuple[str, ...]) -> dict[str, str]:
    """The dates of a head by the word right before each ("date" in "date 26 september 2024",
    "by" in "please read by october 1 2023"). A table row starts with its date and has none:
    a mileage log's days run on from page to page."""
    out: dict[str, str] = {}
    for line in lines[:12]:
        for m in _KEYED_DATE_RE.finditer(line):
            if m.group(1) not in _MONTHS:
                out.setdefault(m.group(1), m.group(2))
    return out


def signal_carried_code(ctx: Context) -> Signal | None:
    """The page's first lines carry an identifier or a name that the open document has in its
    body: a running header ("Devis Q431363 - M. Thistlewood", "ITT/2026/99 - Schedule of
    Rates", "Bethany Okonkwo - Haushaltsplan") on a schedule, budget sheet or form that belongs
    to the document before it, however new it looks, or the number of a delivery ticket that
    an invoice two pages back lists. A page's own head is left out: a letterhead's names and
    numbers are the sender's, on every document it sends."""
    found = _carried(ctx)
    if found is None:
        return None
    what, number = found
    return Signal("carried_code", -CARRIED_CODE, f"head carries {what} from page {number}")


def _carried(ctx: Context, *, codes_only: bool = False) -> tuple[str, int] | None:
    """What the page's head carries from the open document, and from which page."""
    parts = () if codes_only else ctx.cues.running_parts
    if parts and parts == ctx.prev_cues.running_parts and signal_template(ctx) is not None:
        # Both pages open with the same running header and the rest of the head is filled
        # in anew: the sender's next notice, whose name the last one's signature repeats.
        parts = ()
    codes = ctx.cues.head_codes
    if shared := codes & ctx.prev_cues.head_codes:
        fixed, changed = _refill(ctx)
        if changed and fixed >= TEMPLATE_FIXED:
            # Both heads carry the same shipment or file number and the rest is filled in
            # anew: the next confirmation under that number, not an enclosure it announced.
            codes = codes - shared
    if not codes and not parts:
        return None
    bodies = ctx.open_bodies or ((ctx.prev.number, page_body(ctx.prev)),)
    return _find_carried(codes, parts, ctx.prev.number, bodies)


@functools.lru_cache(maxsize=16)
def _find_carried(
    codes: frozenset[str],
    parts: tuple[str, ...],
    prev_number: int,
    bodies: tuple[tuple[int, str], ...],
) -> tuple[str, int] | None:
    # Three signals ask for the same page: the search through the bodies is cached.
    for number, upper in bodies:
        carried = next((c for c in sorted(codes) if c in upper), None)
        if carried is None and number == prev_number:
            # A name is no identifier: a sender's name turns up in the bodies of its own
            # letters, so only the page just before counts for a running header.
            carried = next((f"'{p}'" for p in parts if p.upper() in upper), None)
        if carried is not None:
            return carried, number
    return None


#: An amount with its decimals, not a date ("7,809.53", not "01.02.2024").
_AMOUNT_RE = re.compile(r"\d[.,]\d{2}(?![.,]?\d)")
#: An amount with cents at the end of a line: "Parking ... 129,14", "Taxi 46.81 EUR".
_LINE_AMOUNT_RE = re.compile(r"\d[.,]\d{2}\b[^\d\n]{0,6}$")
#: The total line of a receipt or bill.
_RECEIPT_TOTAL_RE = re.compile(
    r"^\W*(?:(?:grand\s+)?total|summe|gesamt(?:betrag)?|zu\s+zahlen|montant|amount\s+(?:due|paid)|"
    r"net\s+[àa]\s+payer)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A receipt has few lines; a letter or statement that happens to bear a listed date has more.
RECEIPT_MAX_LINES = 25
#: Log-odds against a start for a receipt whose date a claim or list in the open document has.
LISTED_RECEIPT = 8.0


def signal_listed(ctx: Context) -> Signal | None:
    """A short page with a total (a till receipt, a taxi or hotel bill) whose date an open
    page lists next to an amount: the receipts stapled behind the expense claim that lists
    them, one line each."""
    number = _listed(ctx)
    if number is None:
        return None
    return Signal(
        "listed", -LISTED_RECEIPT, f"date {ctx.cues.date} is a line of the list on page {number}"
    )


def _listed(ctx: Context) -> int | None:
    """The open page that lists this receipt's date next to an amount, if any."""
    date = ctx.cues.date
    if date is None or ctx.cues.salutation or not _RECEIPT_TOTAL_RE.search(ctx.page.text):
        return None
    if len(ctx.page.text.splitlines()) > RECEIPT_MAX_LINES:
        return None
    bodies = ctx.open_bodies or ((ctx.prev.number, page_body(ctx.prev)),)
    return next((number for number, body in bodies if date in _listed_dates(body)), None)


@functools.lru_cache(maxsize=64)
def _listed_dates(body: str) -> frozenset[str]:
    """The dates on the lines of ``body`` that end in an amount: the rows of a list."""
    found: set[str] = set()
    for line in body.splitlines():
        if not _LINE_AMOUNT_RE.search(line):
            continue
        for pattern, kind in _DATE_PATTERNS:
            for m in pattern.finditer(line):
                if iso := _iso(m.groups(), kind):
                    found.add(iso)
    return frozenset(found)


def page_body(page: PageFeatures) -> str:
    """A page's text below its first four lines (its letterhead), in upper case."""
    return "\n".join(page.text.splitlines()[4:]).upper()


def _same_title(ctx: Context) -> bool:
    """Both pages carry the same title in large type at the top (a form kind repeating)."""
    a, b = ctx.cues.large_title, ctx.prev_cues.large_title
    return bool(_TITLE_RE.search(a)) and _jaccard(a, b) >= 0.8


def signal_repeat_title(ctx: Context) -> Signal | None:
    """The same large first-page title again ("Receipt" after "Receipt", "Form TX-201" after
    "Form TX-201"): a form kind repeating is a new document unless the page says it continues.
    A running header is set small and does not count."""
    if not _same_title(ctx) or ctx.cues.continued:
        return None
    num = ctx.cues.numbering
    if num is not None and num.number > 1:
        return None
    p = ctx.prev_cues
    complete = p.total or p.signature or p.closing
    score = REPEAT_TITLE_WEIGHT + (0.5 if complete else 0.0)
    extra = ", previous page complete" if complete else ""
    return Signal("repeat_title", score, f"same title '{ctx.cues.large_title[:30]}' again{extra}")


def _cover_like(page: PageFeatures, body: float) -> bool:
    """Little text, type at least 1.6x ``body`` and no barcode: a cover or title page."""
    return (
        0 < page.char_count < COVER_MAX_CHARS
        and body > 0
        and page.max_font_size >= 1.6 * body
        and not page.barcodes
    )


def signal_cover(ctx: Context) -> Signal | None:
    """The previous page looks like a cover or title page (little text, large type): what
    follows it belongs to the same document."""
    prev = ctx.prev_cues
    # Compared with this page's body text: a title page's own "body" is mostly title. A cover
    # is a document's first page: the short last page of one is none.
    body = ctx.page.body_font_size or ctx.prev.body_font_size
    if not ctx.prev_starts or not _cover_like(ctx.prev, body):
        return None
    if prev.numbering is not None and prev.numbering.total == 1:
        return None
    # A one-page form or receipt followed by another of its kind is no cover page.
    if _same_title(ctx) or prev.total or prev.signature or prev.fields:
        return None
    return Signal("cover", -1.8, f"page {ctx.prev.number} looks like a cover page")


def signal_header_footer(ctx: Context) -> Signal | None:
    """The running header/footer (digits ignored) changes between documents; that it stays
    the same is weaker evidence, since one sender prints the same header on every document."""
    score = 0.0
    reasons: list[str] = []
    # The same template filled in anew (other identity fields or reference number, or the
    # same large title again) keeps its header and footer: that says nothing about continuing.
    differ, same = _compare_fields(ctx)
    refs, prev_refs = ctx.cues.refs, ctx.prev_cues.refs
    new_ref = any(_ref_differs(ctx, k) for k in refs if k in prev_refs)
    template = (
        bool(differ)
        or new_ref
        or (_same_title(ctx) and not same)
        or signal_template(ctx) is not None
    )
    for name, a, b in (
        ("header", ctx.cues.header, ctx.prev_cues.header),
        ("footer", ctx.cues.footer, ctx.prev_cues.footer),
    ):
        if not a or not b:
            continue
        j = _jaccard(a, b)
        if j >= 0.6 and template:
            reasons.append(f"same {name} (same template, new values)")
        elif j >= 0.6:
            score -= HEADER_WEIGHT
            reasons.append(f"same {name}")
        elif j <= 0.2:
            score += HEADER_WEIGHT
            reasons.append(f"new {name}")
    if not reasons:
        return None
    if score < 0:
        c, p = ctx.cues, ctx.prev_cues
        if (p.closing or p.signature or p.total) and (
            c.salutation or c.subject is not None or c.title_word is not None
        ):
            # This page begins (salutation, subject, title) right after one that ended
            # (closing formula, signature, totals): the same header is only the same sender.
            score = 0.0
            reasons.append(f"but page {ctx.prev.number} ended")
        elif _opens_letter(ctx):
            score = 0.0
            reasons.append("but a letter opens here")
        else:
            score *= HEADER_SAME_FACTOR
    return Signal("header_footer", score, ", ".join(reasons))


def signal_layout(ctx: Context) -> Signal | None:
    """A change of page size or orientation; or the written back of a card or photograph."""
    a, b = ctx.page, ctx.prev
    if abs(a.width - b.width) > 15 or abs(a.height - b.height) > 15:
        if a.landscape != b.landscape and {round(a.width), round(a.height)} == {
            round(b.width),
            round(b.height),
        }:
            return Signal("layout", 0.8, "orientation changes")
        reason = f"page size {a.width:.0f}x{a.height:.0f} after {b.width:.0f}x{b.height:.0f}"
        if ctx.cues.header and ctx.cues.header == ctx.prev_cues.header:
            # Under the same header an A5 leaflet or slip is most often the sender's enclosure
            # (a practice's opening hours after its registration form), not its next letter.
            return Signal("layout", LAYOUT_SAME_HEADER, reason + " under the same header")
        return Signal("layout", LAYOUT_WEIGHT, reason)
    if (
        max(a.width, a.height) < CARD_MAX_SIDE
        and sum(ctx.prev_cues.words.values()) <= CARD_FRONT_WORDS
        and sum(ctx.cues.words.values()) > CARD_FRONT_WORDS
    ):
        # A card or print with a picture and no words, then a page of its size with writing:
        # the scanner took its front and back (a photograph and the date on its back).
        return Signal("layout", -CARD_BACK, f"page {b.number} has no text: this is its back")
    return None


#: Every signal of the ``auto`` strategy, by name (the names are used for ablation).
SIGNALS: dict[str, SignalFn] = {
    "separator": signal_separator,
    "barcode": signal_barcode,
    "numbering": signal_numbering,
    "first_page": signal_first_page,
    "last_page": signal_last_page,
    "enclosure": signal_enclosure,
    "attachment": signal_attachment,
    "copy": signal_copy,
    "overleaf": signal_overleaf,
    "references": signal_references,
    "similarity": signal_similarity,
    "identity": signal_identity,
    "template": signal_template,
    "carried_code": signal_carried_code,
    "listed": signal_listed,
    "repeat_title": signal_repeat_title,
    "cover": signal_cover,
    "header_footer": signal_header_footer,
    "layout": signal_layout,
}
#: The signals of the ``separators`` strategy.
SEPARATOR_SIGNALS = ("separator", "barcode")


def combine(signals: Sequence[Signal], prior: float | None = None) -> float:
    """Probability that the page starts a document: logistic of prior + the signal scores."""
    z = (PRIOR if prior is None else prior) + sum(s.score for s in signals)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def is_separator_sheet(page: PageFeatures) -> bool:
    """A page that only separates: blank, patch sheet, ``PATCHT`` or a barcode with little text."""
    return page.is_blank or page.is_separator


@attrs.frozen
class PageDecision:
    """The decision about one page, kept for evaluation and debugging."""

    number: int
    probability: float
    signals: tuple[Signal, ...]
    separator: bool


#: Under ``OcrScope.ADAPTIVE``, a decision with a probability between these two asks for the
#: whole text of its page and of the content page before it. (0.15, 0.85) decided exactly as
#: whole-page OCR on the first development corpora but not on templates D (scanned F1 0.929
#: against 0.947); (0.1, 0.9) closed that gap for ~30 % more full readings. Runs of one
#: sender's one-page documents (receipts, donation confirmations) look alike in their bands and
#: differ by a number mid-page, at p 0.05-0.08: 0.03 reads them for ~20 % more full readings
#: (scanned F1 on all generated and real dev scans 0.952 -> 0.956; whole-page OCR 0.957).
UNSURE = (0.03, 0.9)


def unsure_pages(
    pages: Sequence[PageFeatures],
    decisions: Sequence[PageDecision],
    unsure: tuple[float, float] = UNSURE,
) -> list[int]:
    """Pages read in part whose whole text could change a boundary decision: both sides of
    every decision between ``unsure[0]`` and ``unsure[1]``."""
    need: set[int] = set()
    prev: int | None = None
    for d in decisions:
        if d.separator:
            continue
        if prev is not None and unsure[0] <= d.probability <= unsure[1]:
            need.update((prev, d.number))
        prev = d.number
    return sorted(n for n in need if pages[n - 1].ocr_partial)


def detect_boundaries(
    pages: Sequence[PageFeatures],
    options: ProcessingOptions,
    progress: ProgressFn = no_progress,
    *,
    disabled: Collection[str] = (),
) -> Proposal:
    """The proposed documents for ``pages`` under ``options.strategy``.

    ``disabled`` names signals to leave out (the evaluation's ablation).
    """
    return detect_with_decisions(pages, options, progress, disabled=disabled)[0]


def detect_with_decisions(
    pages: Sequence[PageFeatures],
    options: ProcessingOptions,
    progress: ProgressFn = no_progress,
    *,
    disabled: Collection[str] = (),
) -> tuple[Proposal, list[PageDecision]]:
    """Like :func:`detect_boundaries`, also returning the per-page decisions."""
    total = len(pages)
    progress(Stage.BOUNDARY_DETECTION, 0, total, "")
    if total == 0:
        progress(Stage.BOUNDARY_DETECTION, 0, 0, "no pages")
        return Proposal(documents=()), []
    strategy = options.strategy
    if strategy is Strategy.MANUAL:
        span = DocumentSpan(1, total, 1.0, ("manual: one document of all pages",))
        progress(Stage.BOUNDARY_DETECTION, total, total, "1 document")
        return Proposal(documents=(_describe(span, pages),), source="manual"), []
    if strategy is Strategy.EVERY_N:
        n = max(1, options.every_n)
        spans = [
            _describe(
                DocumentSpan(s, min(s + n - 1, total), 1.0, (f"page {s}: every {n} pages",)), pages
            )
            for s in range(1, total + 1, n)
        ]
        progress(Stage.BOUNDARY_DETECTION, total, total, f"{len(spans)} documents")
        return Proposal(documents=tuple(spans), source="every_n"), []

    names = SEPARATOR_SIGNALS if strategy is Strategy.SEPARATORS else tuple(SIGNALS)
    active = [(n, SIGNALS[n]) for n in names if n not in disabled]
    cues = [page_cues(p) for p in pages]
    decisions: list[PageDecision] = []
    prev_index: int | None = None
    between: list[PageFeatures] = []
    open_barcode: str | None = None
    open_refs: dict[str, str] = {}
    open_bodies: list[tuple[int, str]] = []
    for i, page in enumerate(pages):
        if is_separator_sheet(page) and not _labelled_page(page, cues[i], open_barcode):
            decisions.append(PageDecision(page.number, 0.0, (), True))
            between.append(page)
            # The code on a separator sheet labels the document that follows it.
            codes = [c for c in page.barcodes if not is_separator_value(c)]
            open_barcode = codes[0] if codes else None
            continue
        if prev_index is None:
            signals: tuple[Signal, ...] = (Signal("first", 30.0, "first page"),)
            prob = 1.0
        else:
            ctx = Context(
                page,
                cues[i],
                pages[prev_index],
                cues[prev_index],
                tuple(between),
                open_barcode,
                dict(open_refs),
                decisions[prev_index].probability >= THRESHOLD,
                tuple(reversed(open_bodies)),
            )
            signals = tuple(s for _, fn in active if (s := fn(ctx)) is not None)
            prob = combine(signals)
        decisions.append(PageDecision(page.number, prob, signals, False))
        if prob >= THRESHOLD:
            # A new document: it carries the code of the separator sheet before it, if any.
            sheet_codes = [c for sep in between for c in sep.barcodes if not is_separator_value(c)]
            open_barcode = sheet_codes[-1] if sheet_codes else None
            open_refs = {}
            open_bodies = []
        open_refs.update(cues[i].refs)
        # Only the last few pages: a head refers back to the pages just before it, and a long
        # document must not make every page search all of it.
        open_bodies = [*open_bodies[-(OPEN_BODY_PAGES - 1) :], (page.number, page_body(page))]
        if page.barcodes:
            open_barcode = page.barcodes[0]
        prev_index = i
        between = []
        if i % 200 == 0:
            progress(Stage.BOUNDARY_DETECTION, i, total, "")

    spans = _spans(pages, decisions, keep_separators=options.keep_separators)
    if not spans:
        # Nothing but blank pages and separator sheets: splitting would leave nothing, so
        # propose the stream as it is and let the user decide.
        codes = [c for p in pages for c in p.barcodes]
        spans = [
            DocumentSpan(
                1,
                total,
                0.0,
                ("every page is blank or a separator sheet",),
                barcode=codes[0] if codes else None,
            )
        ]
    proposal = Proposal(
        documents=tuple(spans),
        excluded_pages=tuple(
            p for p in range(1, total + 1) if not any(s.start <= p <= s.end for s in spans)
        ),
        source=str(strategy),
        possible_starts=_possible_starts(decisions, spans),
    )
    progress(Stage.BOUNDARY_DETECTION, total, total, f"{len(spans)} documents")
    return proposal, decisions


def _labelled_page(page: PageFeatures, cues: PageCues, open_barcode: str | None) -> bool:
    """A barcode page with little text that still belongs to a document: it carries the
    current document's code again (or its end label, "101-z" after "101-a"), or a page
    number past the first ("Page 2 of 2")."""
    if not page.barcodes or page.is_patch_sheet or page.is_blank:
        return False
    if any(is_separator_value(c) for c in page.barcodes):
        return False
    value = page.barcodes[0]
    if open_barcode is not None and (value == open_barcode or _same_family(value, open_barcode)):
        return True
    return cues.numbering is not None and cues.numbering.number > 1


def _spans(
    pages: Sequence[PageFeatures], decisions: Sequence[PageDecision], *, keep_separators: bool
) -> list[DocumentSpan]:
    """Turn per-page decisions into spans; separator sheets end a span and are dropped or (with
    ``keep_separators``) open the next one. A blank page inside a document (the next page
    continues it) stays in that document."""
    spans: list[DocumentSpan] = []
    start: int | None = None
    end = 0
    conf = 1.0
    reasons: list[str] = []
    barcode: str | None = None
    pending_seps: list[PageDecision] = []

    def close() -> None:
        nonlocal start
        if start is not None:
            spans.append(
                _describe(
                    DocumentSpan(start, end, round(conf, 3), tuple(reasons), barcode=barcode), pages
                )
            )
        start = None

    for d in decisions:
        if d.separator:
            pending_seps.append(d)
            continue
        page = pages[d.number - 1]
        is_start = start is None or d.probability >= THRESHOLD
        if is_start:
            if start is not None:
                close()
            sep_codes = [c for s in pending_seps for c in pages[s.number - 1].barcodes]
            first = pending_seps[0].number if keep_separators and pending_seps else d.number
            start, end = first, d.number
            conf = d.probability if len(spans) or d.number > 1 else 1.0
            conf = min(conf, 1.0)
            reasons = [_reason_line(d)]
            codes = [c for c in sep_codes if not is_separator_value(c)] + list(page.barcodes)
            barcode = codes[0] if codes else None
        else:
            end = d.number
            conf = min(conf, 1.0 - d.probability)
        pending_seps = []
    if start is not None and keep_separators and pending_seps:
        end = pending_seps[-1].number
    close()
    return spans


def _reason_line(d: PageDecision) -> str:
    """A decision's reasons on one line, every signal that counted for or against: "page 5:
    'Page 1 of 2'; new letterhead; similarity to page 4 0.08"."""
    fired = [s.reason for s in d.signals if s.name != "first" and abs(s.score) > 0.05]
    return f"page {d.number}: " + "; ".join(fired) if fired else f"page {d.number}"


def _possible_starts(
    decisions: Sequence[PageDecision], spans: Sequence[DocumentSpan]
) -> tuple[PossibleStart, ...]:
    starts = {s.start for s in spans}
    return tuple(
        PossibleStart(d.number, round(d.probability, 3), (_reason_line(d),))
        for d in decisions
        if not d.separator
        and POSSIBLE_START <= d.probability < THRESHOLD
        and d.number not in starts
    )


def _describe(span: DocumentSpan, pages: Sequence[PageFeatures]) -> DocumentSpan:
    """Add a title and a date guess from the span's first content page."""
    first = next(
        (p for p in pages[span.start - 1 : span.end] if p.char_count and not is_separator_sheet(p)),
        None,
    )
    if first is None:
        return span
    return attrs.evolve(span, title=guess_title(first), date=find_date(first.text[:3000]))


def guess_title(page: PageFeatures) -> str | None:
    """A subject line, else the largest-font text near the top, else the first title-like line."""
    lines = [ln.strip() for ln in page.text.splitlines() if ln.strip()]
    subject = _SUBJECT_RE.search("\n".join(lines[:30]))
    if subject:
        return subject.group(1).strip()[:80]
    large = page.large_text.strip()
    if large and sum(ch.isalpha() for ch in large) >= 3 and len(large) <= 80:
        return large
    for line in lines[:15]:
        if _TITLE_RE.search(line) and len(line) <= 80:
            return line
    for line in lines[:5]:
        if sum(ch.isalpha() for ch in line) >= 4:
            return line[:80]
    return None

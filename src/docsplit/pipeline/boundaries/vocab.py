"""The words and patterns pages are read for, in English, German and French.

Page numbers ("Page 2 of 3", "Seite 2 von 3", "- 2 -"), title words, salutations, subject,
closing and enclosure lines, attachment titles, copy marks, reference-number labels, identity
field names, months and date formats, stop words. Only patterns live here; what a match means
is decided by the cues and signals that use them. A new language or a new kind of paper usually
starts with a line in this module."""

from __future__ import annotations

import re

NUMBERING = [
    # "Page 2 of 3", "Page 2/3", "page 2 sur 3", "Seite 2 von 3", "Pág. 2 de 3", "p. 2/3",
    # "Page n° 2/5" (OCR: "n?", "n*"),
    # "Sheet 1 of 5" (forms, manifests), "Blatt 2 von 3", "Feuillet 2/3"
    re.compile(
        r"\b(?:page|seite|pag|pág|p|sheet|blatt|feuillet?)\.?\s*(?:n[°o?*º]\.?\s*)?:?\s*"
        r"(\d{1,3}|[|lI](?=\s))\s*"
        r"(?:of|von|sur|de|/|aus)\s*(\d{1,3})\b",
        re.IGNORECASE,
    ),
    # "2 / 3" or "2/3" alone on a line, "2 of 3" / "2 von 3" alone on a line
    re.compile(r"^\s*(\d{1,3})\s*/\s*(\d{1,3})\s*$", re.MULTILINE),
    re.compile(r"^\s*(\d{1,3})\s+(?:of|von|sur|de)\s+(\d{1,3})\s*$", re.MULTILINE | re.IGNORECASE),
    # A work card numbered in its title: "TASK CARD 2 / 3", "ARBEITSKARTE 2 / 5", "CARTE DE
    # TRAVAIL 2/5" at the end of the line.
    re.compile(
        r"\b(?:card|[^\W\d_]*karte|carte(?:\s+de\s+travail)?)[ \t]+(\d{1,3})[ \t]*/[ \t]*(\d{1,3})"
        r"[ \t]*$",
        re.MULTILINE | re.IGNORECASE,
    ),
    # A form's code with its sheet ending the footer line: "AW-03/25 1/2".
    re.compile(
        r"^[^\n]*\b[A-Z]{1,5}[-./]?\d[\w./-]*[ \t]+(\d{1,2})[ \t]*/[ \t]*(\d{1,2})[ \t]*$",
        re.MULTILINE,
    ),
]
NUMBER_ONLY = [
    # "Page 2", "Seite 2" alone on a line
    re.compile(r"^\s*(?:page|seite|p\.)\s*(\d{1,3})\s*$", re.IGNORECASE | re.MULTILINE),
    # "... count sheet Sheet 1", "Inventaire de cave Feuille 2", a bound log book's "MAIN
    # COURANTE Folio 101" or "DAILY OCCURRENCE BOOK Page No. 110": a sheet number ends its line,
    # now and then written on the printed blank ("KILN LOG - Rohde TE 150 Sheet ____ 2")
    re.compile(
        r"\b(?:sheet|blatt|feuillet?|folio|(?:page|seite)[ \t]+(?:no|nr|n°)\.?)[ \t]+"
        r"(?:[_.]{2,}[ \t]*)?(\d{1,3})[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    ),
    # ... or stands in a title line that runs on to the sender's name on the right ("Autoclave
    # Cycle Log Sheet 2 Millbrook Dental Care", "Registre de stérilisation Feuille 2 ...").
    re.compile(
        r"\b(?:log|protokoll|registre|register|record|journal|liste?)[ \t]+"
        r"(?:[^\W\d_]+[ \t]+){0,3}(?:sheet|blatt|feuille)[ \t]+(\d{1,2})\b"
        r"(?![ \t]*(?:of|von|sur|de|/))",
        re.IGNORECASE,
    ),
    # "- 2 -"
    re.compile(r"^[ \t]*[-\u2013\u2014][ \t]*(\d{1,3})[ \t]*[-\u2013\u2014][ \t]*$", re.MULTILINE),
]
BARE_NUMBER = re.compile(r"^\s*(\d{1,3})\s*$")
TITLE_WORDS = (
    "invoice|statement|agreement|contract|report|receipt|certificate|memorandum|memo|"
    "purchase order|order confirmation|quotation|quote|proposal|notice|application|form|policy|"
    "minutes|letter|credit note|delivery note|payslip|pay slip|pay advice|remittance advice|"
    "payment advice|voucher|declaration|tax return|bill|"
    "rechnung|vertrag|bescheid|kontoauszug|angebot|lieferschein|gutschrift|"
    "facture|devis|contrat|relevé|avis|"
    # Payment reminders: "Reminder - payment overdue", "Mahnung", "Zahlungserinnerung", "Rappel".
    "reminder|mahnung|zahlungserinnerung|rappel|relance"
)
TITLE_RE = re.compile(rf"\b(?:{TITLE_WORDS})\b", re.IGNORECASE)
SALUTATION_RE = re.compile(
    # (Not a letterhead's e-mail address: "hello@ballett.de".)
    r"^\s*(?:dear\b|to whom it may concern|sehr geehrte|liebe[rs]?\b|madame|monsieur|hello\b(?!@))",
    re.IGNORECASE | re.MULTILINE,
)
SUBJECT_RE = re.compile(
    r"^\s*(?:subject|re|betreff|objet|concerning|regarding)\s*:\s*(.{3,90}).*$",
    re.IGNORECASE | re.MULTILINE,
)
#: An enclosure line at the end of a letter: what follows belongs to it ("Enclosed: Price
#: schedule", "Encl.", "Anlage: Preisblatt", "Pièce jointe : ...").
ENCLOSURE_RE = re.compile(
    r"^\s*(?:enclosures?|enclosed|encl\.|enc\.|attachments?|anlagen?|beilagen?|"
    r"pi[eè]ces?\s+jointes?|p\.\s?j\.|pj(?=\s*:))(?!\w)(?:\s*\(\w+\))?\s*[:.\-\u2013]?\s*(.*)$",
    re.IGNORECASE | re.MULTILINE,
)
#: Papers a French letter calls "joint(e)" ("le certificat joint"); not a gasket ("la machine
#: joint ...", "remplacement du joint").
_PAPERS_FR = (
    r"(?:certificats?|attestations?|devis|documents?|justificatifs?|factures?|copies?|"
    r"rapports?|formulaires?|plans?|photos?|bulletins?|contrats?|relev[ée]s?|courriers?|"
    r"dossiers?|bons?|avis|proc[èe]s-verbal|pv|re[çc]us?|notes?)"
)
#: "le certificat joint": a French letter naming what it encloses (group: the paper).
_PAPER_JOINT = rf"\b(?:le|la|les)\s+({_PAPERS_FR})\s+jointe?s?\b"
#: An e-mail's attachment label before its file names: "Pièces jointes: ", "Attachments: ".
_ATTACHED_FILES = r"\b(?:pi[eè]ces?\s+jointes?|anlagen?|attachments?)\s*:\s*"
#: The same announced in a sentence: "We enclose the estate account", "Please find enclosed
#: your P45", "die Planungszeichnungen liegen bei", "vous trouverez ci-joint". ("|" is OCR's
#: "I".) Not German "anbei" before its verb: "anbei erhalten Sie Ihren Parkausweis" hands over
#: what is on the page itself; "anbei der Vertrag" encloses it.
ENCLOSE_PHRASE_RE = re.compile(
    r"\b(?:i|we)\s+(?:have\s+)?enclose\b|(?<!\w)\|\s+enclose\b|"
    r"\bplease\s+find\s+(?:enclosed|attached)\b|\benclosed\s+(?:is|are|please\s+find)\b|"
    r"\b(?:i|we)\s+(?:have\s+)?attach(?:ed)?\b|\bci-joint\b|"
    r"\bthe\s+enclosed\b|\bbeiliegende[nmrs]?\b|\bbeigef(?:ü|ue)gte[nmrs]?\b|"
    r"\bto\s+enclose\b|\b(?:am|are)\s+enclosing\b|\bin\s+der\s+anlage\b|"
    r"\b(?:liegt|liegen)\s+(?:\w+\s+)?bei\b|\bbeigelegt\b|\bbeigef(?:ü|ue)gt\b|"
    r"\ben\s+pi[eè]ce\s+jointe\b|"
    # "Anbei der Vertrag für Ihre Unterlagen": anbei before a noun, no verb between.
    r"\banbei\s+(?:der|die|das|den)\s+[^\W\d_]{4,}|"
    # A compliments slip is sent on top of what it accompanies.
    r"\bwith\s+(?:our\s+)?compliments\b|\bmit\s+freundlichen\s+empfehlungen\b|"
    r"\bavec\s+(?:nos|les|mes)\s+compliments\b|"
    # "comme l'atteste le certificat joint", and an e-mail's "Pièces jointes: certificate.pdf".
    rf"{_PAPER_JOINT}|{_ATTACHED_FILES}[\w.-]+\.(?:pdf|jpe?g|png|docx?)\b",
    re.IGNORECASE,
)
#: ... or naming it with what says it is enclosed: "le certificat joint", "beiliegendes
#: Attest", "the enclosed schedule", an e-mail's "Attachments: certificate.pdf". Group 1 is
#: what it names.
HANDOVER_NOUN_RE = re.compile(
    rf"{_PAPER_JOINT}|"
    r"\b(?:beiliegende|beigef(?:ü|ue)gte)[nmrs]?\s+([^\W\d_]{4,})|"
    r"\bthe\s+(?:enclosed|attached)\s+([^\W\d_]{4,})|"
    rf"{_ATTACHED_FILES}([^\W\d_]{{4,}})[\w-]*\.(?:pdf|jpe?g|png)\b|"
    # A contract's schedule that it says is part of it: "The timetable in Schedule 1 forms part
    # of this contract", "Der Stundenplan (Anlage 1) ist Bestandteil dieses Vertrags".
    r"\b(schedule|appendix|annexe|anlage|anhang)\s+(?:\d+|[a-z])\b\)?[^.]{0,40}?"
    r"\b(?:forms?\s+(?:an?\s+(?:integral\s+)?)?part\s+of|(?:ist|sind)\s+(?:\w+\s+)?bestandteil|"
    r"fait\s+partie|font\s+partie)",
    re.IGNORECASE,
)
#: A letter handing over something it names: "anbei erhalten Sie die Niederschrift über die
#: Kontrolle", "übersenden wir Ihnen den Entwurf", "we send you your certificate", "vous
#: trouverez ci-joint le rapport". Group 1 is what it names; a page headed with that name is
#: the thing handed over (see ``letters.signal_enclosure``). (Up to 130 characters since
#: session 23, 90 before: "die Übersicht Ihrer ... Luftfahrzeuge für 2025 sowie die
#: Beitragsrechnung" names its second thing past 90.)
HANDOVER_RE = re.compile(
    r"(?:anbei\s+(?:erhalten|(?:ü|ue)bersende\w*|sende\w*)\s+(?:sie|wir\s+ihnen|ich\s+ihnen)|"
    r"(?:(?:ü|ue)bersende\w*|sende\w*)\s+(?:wir|ich)\s+ihnen(?:\s+anbei)?|"
    r"erhalten\s+sie\s+(?:anbei|beiliegend|hiermit)|"
    r"please\s+find\s+(?:enclosed|attached)|(?:we|i)\s+(?:enclose|attach)|"
    r"enclosed\s+(?:is|are|please\s+find)|(?:we|i)\s+(?:are\s+pleased\s+to\s+)?send\s+you|"
    r"vous\s+trouverez\s+(?:ci-jointe?s?|en\s+pi[eè]ce\s+jointe)|veuillez\s+trouver\s+ci-joint\w*|"
    r"nous\s+vous\s+(?:adressons|transmettons|faisons\s+parvenir)|"
    r"nous\s+avons\s+le\s+plaisir\s+de\s+vous\s+(?:adresser|transmettre|remettre|faire\s+parvenir)|"
    r"(?:we|i)\s+(?:are|am)\s+pleased\s+to\s+(?:enclose|submit|attach)|"
    r"freuen\s+uns,?\s+ihnen\s+(?:hiermit\s+)?)"
    r"\s+([^.\n]{3,130})",
    re.IGNORECASE,
)
#: ... or as a short sentence at a letter's foot: "Delivery tickets enclosed.", "Lieferscheine
#: anbei." Only at the foot: inside a form, "label attached." is a thing fixed to a boiler.
ENCLOSE_FOOT_RE = re.compile(
    r"\b[^\W\d_]{3,}\s+(?:(?:are|is|sind|liegen)\s+)?(?:enclosed|attached|anbei)\s*[.!]",
    re.IGNORECASE,
)
#: An identity document's name: its copy comes with the form or application it supports.
_ID_DOCUMENTS = (
    r"(?:passport|passeport|reisepass|personalausweis|carte\s+nationale\s+d.identit[ée]|"
    r"(?:photocard\s+)?driving\s+licen[cs]e|permis\s+de\s+conduire|f(?:ü|ue)hrerschein)"
)
#: The title of a page that is sent with a letter: a form to be filled in and sent back (a proxy
#: form with an AGM notice, a reply slip, an acceptance form with an offer, a giro slip with a
#: bill) or the terms and conditions of a contract, quote or guarantee.
#: It starts a line; "Please return the reply slip" in a letter is no title.
ATTACHMENT_RE = re.compile(
    r"^\W*(?:form\s+of\s+proxy|proxy\s+form|reply\s+(?:form|slip|coupon)|"
    r"postal\s+vote\s+form|(?:stimmrechts)?vollmacht\s+(?:zur|f(?:ü|ue)r\s+die)\s+"
    r"eigent(?:ü|ue)merversammlung|pouvoir(?=\s*$)|formulaire\s+de\s+vote|"
    r"acceptance\s+(?:form|slip|of\s+[^\W\d_]+)|tear[- ]off\s+slip|return\s+slip|"
    # The slip a hire's goods go back with: "Bordereau de retour - à joindre au colis".
    r"bordereau\s+de\s+retour|r(?:ü|ue)cksende(?:schein|formular)|returns?\s+form|"
    r"remittance\s+slip|payment\s+slip|(?:customer|patient)\s+declaration|"
    r"bank\s+giro\s+credit|giro\s+slip|(?:sepa-)?(?:ü|ue)berweisung(?:straeger|sträger)?\b|"
    r"zahlschein|bulletin\s+de\s+versement|"
    r"r(?:ü|ue)ckantwort|antwortformular|bon\s+pour\s+accord|coupon[- ]r[ée]ponse|"
    r"(?:talon|fiche|formulaire|feuillet)\s+[àa]\s+retourner|d[ée]claration\s+du\s+patient|"
    # Terms and conditions come with the contract, quote or guarantee they govern.
    r"(?:[^\W\d_]+\s+){0,2}terms\s+(?:and|&)\s+conditions|"
    r"(?:(?:standard|general|special)\s+)?conditions\s+of\s+"
    r"(?:hire|sale|business|contract|use|grant|award|booking|membership)|"
    # The monitoring page of an application form.
    r"(?:equal\s+opportunities|diversity)\s+monitoring|"
    r"(?:standard\s+|general\s+)?terms\s+of\s+(?:this|the|business|hire|sale|grant|award|"
    r"supply|service|engagement|booking)|"
    r"(?:allgemeine\s+)?(?:[^\W\d_]+\s+)?(?:[^\W\d_]+-\s+und\s+)?"
    r"[^\W\d_]*bedingungen\b(?!\s*:)|"
    r"agb|(?:standard\s+)?trading\s+conditions|"
    # A form headed with the request to send it back goes with the notice it came with:
    # "DELIVERY INSTRUCTIONS - please complete and return", "... - bitte ausgefuellt zurueck".
    r"[^\W\d_][^\n]{0,60}?\s[-\u2013:]\s*(?:please\s+complete\s+and\s+return|"
    r"bitte\s+ausgef(?:ü|ue)llt\s+zur(?:ü|ue)ck|"
    r"(?:à|a)\s+compl(?:é|e)ter\s+et\s+(?:à|a)\s+retourner)|"
    r"conditions\s+of\s+participation|"
    # The policy's papers behind an insurance schedule or certificate: "Policy wording",
    # "Endorsements applying to this policy".
    r"(?:[^\W\d_]+\s+){0,3}policy\s+(?:wording|conditions)|"
    r"endorsements?\s+(?:applying|attaching)\s+to\s+(?:this|your|the)\s+policy|"
    # ... and the product information sheet the law asks to go with it (IPID):
    # "Produktinformationsblatt", "Document d'information (sur le produit d'assurance)".
    r"(?:insurance\s+)?product\s+information\s+document|produktinformationsblatt|"
    r"document\s+d.information(?:\s+sur\s+le\s+produit\s+d.assurance)?(?=\s*$)|"
    # A box office's or shop's cash-up sheet comes with the till's slip: "*** Z-REPORT ***"
    # (the stars before it are the line's leading non-word characters).
    r"z[- ]?(?:report|bericht|bon|ticket)(?=\s*\*+)|"
    # The rules and conditions a booking, a pitch or a job on site comes with: "Booking
    # Conditions", "Park rules", "Règlement intérieur", "Supplier guidelines", "Charte des
    # prestataires".
    r"(?:booking|reservation)\s+conditions|"
    r"(?:park|house|site|centre|club|yard)\s+rules(?=\s*$)|(?:haus|platz|park)ordnung(?=\s*$)|"
    r"r[èe]glement\s+int[ée]rieur|(?:stall|hof)ordnung(?=\s*$)|important\s+notices?(?=\s*$)|"
    r"extrait\s+du\s+r[èe]glement|"
    r"(?:supplier|contractor|exhibitor|vendor)\s+guidelines|"
    r"guidelines\s+for\s+(?:suppliers|contractors|exhibitors)|charte\s+des\s+prestataires|"
    r"richtlinien\s+f(?:ü|ue)r\s+(?:dienstleister|lieferanten|aussteller)|"
    # The emergency-contact sheet of a volunteer, member or boarder ("Volunteer details and
    # emergency contact", "Notfallkontakte und Vollmacht", "Coordonnées et personne à
    # prévenir"), a permit's conditions ("Auflagen"), the insurer's page of a claim form.
    r"[^\n]{0,40}(?:emergency\s+contacts?|notfallkontakte?|personne\s+[àa]\s+pr[ée]venir)"
    r"[^\n]{0,30}$|(?:auflagen|nebenbestimmungen|conditions\s+attached)(?=\s*$)|"
    r"information\s+for\s+(?:your|the)\s+insurer|"
    # An information leaflet sent with a letter: "Merkblatt für Geschädigte", "Information des
    # victimes".
    r"merkblatt\b[^\n]{0,50}$|information\s+(?:des|aux)\s+victimes|information\s+for\s+victims|"
    # What a letter, certificate or invitation tells its reader on a page of its own, so titled
    # alone: "Information about your certificate", "Informationen zur Narkose", "Opening
    # hours", "Order of service", the reply card of an invitation ("R.S.V.P.").
    r"(?:information\s+(?:about|on)\s+your\s+[^\W\d_]+|informationen\s+zu[rm]?\s+[^\W\d_]+|"
    r"information\s+for\s+(?:our\s+)?(?:guests|visitors|patients|parents)|"
    r"opening\s+(?:hours|times)|(?:ö|oe)ffnungszeiten|horaires\s+d.ouverture|"
    r"order\s+of\s+service|antwortkarte|carte[- ]r[ée]ponse|"
    # A drawing sent with a quote: "Typical cross-section", "Coupe type", "Regelquerschnitt".
    r"(?:typical\s+)?cross[- ]section|coupe\s+type|regelquerschnitt)(?=\s*$)|"
    r"r\.?\s?s\.?\s?v\.?\s?p(?=\.?\s*$)|"
    # Notes printed behind a form, report or account, so titled alone: "Notes for candidates",
    # "Notes to the accounts", "Hinweise für Bewerber".
    r"notes\s+(?:for|to)\s+(?:the\s+)?[^\W\d_]+(?=\s*$)|"
    r"hinweise\s+f(?:ü|ue)r\s+(?:den\s+|die\s+)?[^\W\d_]+(?=\s*$)|"
    # A course's content goes with the certificate, booking or invitation it came with:
    # "Course content", "Seminarinhalte", "Programme de la formation" as the whole title line.
    r"(?:programme\s+(?:de\s+la\s+formation|du\s+stage|de\s+formation)|"
    r"course\s+(?:contents?|programme|syllabus|outline)|"
    r"(?:kurs|lehrgangs|seminar|schulungs)inhalte?|contenu\s+de\s+la\s+formation)(?=\s*$)|"
    # Plans drawn for a letter, a booking or a report: "Site plan - extinguisher points", also
    # after the name of what they show ("Hall 7 Floor plan", "Halle 4 Hallenplan").
    r"(?:[^\W\d_]{2,12}\s+\w{1,4}\s+)?(?:(?:site|floor|hall|location|seating)\s+plan|"
    r"(?:lage|hallen|standort)plan|grundriss|plan\s+d.implantation|plan\s+de\s+situation|"
    r"plan\s+des\s+salles|"
    r"plan\s+du\s+(?:hall|site|stand))|"
    # ... and the way to get there, with an invitation: "How to find us", "Plan d'accès".
    r"how\s+to\s+find\s+us|(?:location|access)\s+map|plan\s+d.acc[eè]s|"
    r"anfahrts(?:plan|skizze|beschreibung)|"
    r"annahmeerkl(?:ä|ae)rung|formulaire\s+d.acceptation|"
    # An offer's acceptance page, so headed alone: "Acceptance" under the bank's letterhead
    # (over A-LLL's born-digital streams 29 such pages, none a document's first).
    r"(?:acceptance|annahme|acceptation)(?=\s*$)|"
    # ... and the customer's consent so headed: "Einverstanden", "Agreed and signed", "Lu et
    # approuvé" alone on the line.
    r"(?:einverstanden|agreed(?:\s+and\s+signed)?|lu\s+et\s+approuv[ée])(?=\W*$)|"
    # Schedules and numbered annexes of an award, a report or an agreement (not "Schedule E",
    # a tax form of its own, nor a surveyor's "Schedule of condition" or "of dilapidations",
    # a report of its own).
    r"schedule\s+(?:of\s+(?!condition|dilapidation)[^\W\d_]+|\d+)|"
    # (Also after a running header's name: "Secours Solidaire - Annexe 2 - Evenements".)
    r"(?:[^\W\d_][^\n]{0,60}?\s[-\u2013]\s+)?(?:annexe?\s+\d+|anlage\s+\d+|appendix\s+(?:\d+|[A-Z])\b)|"
    # A page of notes on a form or notice: "Notes", "Registered keeper and notes", "Wichtige
    # Hinweise" as its whole title line (not "Notes of meeting").
    r"(?:(?:explanatory|guidance)\s+|(?:[^\W\d_]+\s+){1,3}and\s+)?notes(?=\s*$)|"
    r"(?:wichtige\s+)?hinweise(?=\s*$)|"
    # "Important information (about your policy)", "Wichtige Hinweise zu Ihrem Vertrag",
    # "Informations importantes" as the whole title line (30 of 30 over the parts A-DD go
    # with the page before), and the privacy notice a form or contract comes with.
    r"(?:important\s+information|wichtige\s+(?:hinweise|informationen)|"
    r"informations?\s+importantes?)(?:\s+(?:about|on|to|zu|zum|zur|sur|concernant)\b"
    r"[^\n]{0,50})?(?=\s*$)|"
    r"privacy\s+notice|datenschutz(?:hinweise|informationen?)\b|"
    r"erl(?:ä|ae)uterungen(?:\s+zu[mr]?\s+[^\n]{0,50})?(?=\s*$)|notes?\s+explicatives?(?=\s*$)|"
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
    # A copy of the applicant's passport or identity card comes with the form it supports.
    rf"{_ID_DOCUMENTS}(?=\s*(?:$|/))|"
    # ... also with the issuing country in capitals after it ("PASSPORT UNITED KINGDOM",
    # "DRIVING LICENCE UK", "PERMIS DE CONDUIRE RÉPUBLIQUE FRANÇAISE").
    r"(?:passport|passeport|reisepass|(?:photocard\s+)?driving\s+licen[cs]e|"
    r"permis\s+de\s+conduire|f(?:ü|ue)hrerschein)\s+(?-i:[A-ZÄÖÜÉÈ][A-ZÄÖÜÉÈÇ ]{1,30})(?=\s*$)|"
    # A declaration or form the recipient fills in and sends back, so titled: "Supplier
    # declaration - please return before the event", "Erklärung des Dienstleisters - bitte
    # vor der Veranstaltung zurücksenden", "Déclaration du prestataire - à retourner ...".
    r"[^\n]{3,60}?\s[-\u2013]\s+(?:please\s+return|bitte\b[^\n]{0,40}?"
    r"zur(?:ü|ue)ck(?:zu)?senden|[àa]\s+(?:retourner|renvoyer))|"
    r"conditions\s+g[ée]n[ée]rales|"
    r"r[èe]glement\s+(?:du|de\s+la|de\s+l.|des)\s*(?:salon|foire|festival|march[ée]|concours|"
    r"manifestation|exposition|[ée]v[ée]nement)|"
    r"conditions\s+(?:du|de\s+la|des?)\s+(?:contrat|commande|vente|location|march[ée]|"
    r"r[ée]servation)|"
    r"gegenexemplar|exemplaire\s+[àa]\s+retourner|"
    # An annex that names the act it belongs to ("Annexe à l'arrêté n° 2025-751", "Anlage zum
    # Bescheid", "Appendix to the lease") and a deed's execution page ("EXECUTION", "Executed
    # as a deed by ..."): over A-JJJJ's born-digital streams 15 such pages, none a start.
    r"(?:annexe?\s+(?:[àa]|au|aux|to)|anlage\s+zu[mr]?|appendix\s+to)\s[^\n]{2,50}|"
    r"execution(?:\s+page)?(?=\s*$)|executed\s+as\s+a\s+deed|"
    # A director's personal guarantee signed with a credit account application.
    r"deed\s+of\s+guarantee|personal\s+guarantee|"
    # A liability release or waiver signed with the booking or enrolment form it goes with.
    r"liability\s+(?:release|waiver)|release\s+of\s+liability|waiver\s+of\s+liability|"
    r"d[ée]charge\s+de\s+responsabilit[ée]|haftungs(?:ausschluss|verzicht|freistellung)|"
    # ... and the participant's health questionnaire ("Diver Medical | Participant
    # Questionnaire", "Tauchtauglichkeit | Fragebogen für Teilnehmer").
    r"[^\n]{0,40}?(?:participant\s+questionnaire|questionnaire\s+du\s+participant|"
    r"fragebogen\s+f(?:ü|ue)r\s+teilnehmer)|"
    r"(?:counterpart|duplicate)\s+copy|copy\s+to\s+be\s+(?:signed\s+and\s+)?returned|"
    # The statutory notice of a consumer's right to withdraw, printed behind the contract or
    # order it concerns ("Widerrufsbelehrung", "Notice of the right to cancel", "Informations
    # sur le droit de rétractation"); not the model form a customer fills in and sends back.
    r"widerrufsbelehrung|widerrufsrecht(?=\s*$)|"
    # A policy's endorsements page, so titled alone, behind its schedule.
    r"endorsements(?=\s*$)|"
    # A decision's page on costs and how to appeal ("Kostenfestsetzung und
    # Rechtsbehelfsbelehrung", "Voies et délais de recours"), the reply form a letter comes
    # with, also after its subject ("Mitgliedschaft 2025 - Rückmeldebogen").
    r"(?:[^\W\d_]+\s+und\s+)?(?:rechtsbehelfs|rechtsmittel)belehrung(?=\s*$)|"
    # ... and the waiver of appeal the recipient signs to make a grant final at once
    # ("Einverständniserklärung / Rechtsbehelfsverzicht").
    r"(?:[^\W\d_]+\s*/\s*)?(?:rechtsbehelfs|rechtsmittel)verzicht\b|"
    r"voies\s+et\s+d[ée]lais\s+de\s+recours(?=\s*$)|"
    r"(?:[^\W\d_][^\n]{0,60}?\s[-\u2013]\s+)?r(?:ü|ue)ckmelde(?:bogen|formular|schein)\b|"
    # The general or special conditions an order or a policy schedule comes with, so titled
    # alone: "General conditions for contractors", "Clauses particulières", "Besondere
    # Vereinbarungen und Klauseln".
    r"(?:general|special|particular)\s+conditions(?:\s+(?:for|of)\s+[^\W\d_]+)?(?=\s*$)|"
    r"clauses\s+particuli[èe]res(?=\s*$)|"
    r"besondere\s+vereinbarungen(?:\s+und\s+klauseln)?(?=\s*$)|"
    # Terms after the word they come with: "Garantie et conditions générales",
    # "Gewährleistung und Bedingungen", "Warranty and conditions".
    r"[^\W\d_]+\s+(?:und|et|and|&)\s+(?:conditions\s+g[ée]n[ée]rales|conditions(?=\s*$)|"
    r"(?:allgemeine\s+)?[^\W\d_]*bedingungen\b(?!\s*:))|"
    # The complaints procedure a firm sends with its acknowledgement of a complaint.
    r"(?:(?:our|the)\s+)?complaints?\s+(?:handling\s+)?procedure(?=\s*$)|"
    r"beschwerde(?:verfahren|ablauf)(?=\s*$)|"
    r"proc[ée]dure\s+(?:de\s+traitement\s+)?des\s+r[ée]clamations(?=\s*$)|"
    r"(?:notice\s+of\s+(?:the\s+|your\s+)?|your\s+)right\s+to\s+cancel|"
    r"(?:informations?\s+sur\s+le\s+)?droit\s+de\s+r[ée]tractation(?=\s*$|\s)(?!\s*:)|"
    # A page headed only "Enclosure", "Anlage", "Pièce jointe" (a photo, an attendance list
    # sent with a complaint): over A-ZZZZ's born-digital streams 21 such pages in the first
    # three lines, none a document's first.
    r"(?:enclosures?|anlagen?|beilagen?|attachments?|pi[èe]ces?\s+jointes?)(?:\s+\d{1,2})?(?=\W*$))\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A direct debit mandate's title: "Instruction to your bank or building society to pay by
#: Direct Debit", "Mandat de prélèvement SEPA", "SEPA-Lastschriftmandat".
MANDATE_TITLE_RE = re.compile(
    r"^\W*(?:instruction\s+to\s+your\s+bank|mandat\s+de\s+pr[ée]l[èe]vement|"
    r"sepa[- ](?:(?:firmen|basis)[- ]?)?lastschrift[- ]?mandat|sepa[- ]?mandat|"
    r"direct\s+debit\s+(?:mandate|instruction))",
    re.IGNORECASE | re.MULTILINE,
)
#: An identity document's copy, as :data:`ATTACHMENT_RE` names it ("PASSPORT GBR",
#: "DRIVING LICENCE UK", "Personalausweis").
ID_COPY_RE = re.compile(rf"^\W*{_ID_DOCUMENTS}", re.IGNORECASE)
#: A certificate of insurance's title: "CERTIFICATE OF MOTOR INSURANCE", "Certificate of
#: Employers' Liability Insurance", "Versicherungsbestätigung", "Attestation d'assurance".
INSURANCE_CERTIFICATE_RE = re.compile(
    r"certificate\s+of\s+(?:motor\s+|employers.?\s+liability\s+|public\s+liability\s+)?"
    r"insurance|insurance\s+certificate|versicherungsbest(?:ä|ae)tigung|"
    r"attestation\s+d.assurance",
    re.IGNORECASE,
)
#: A surveyor's schedule of condition: a report of its own under the surveyor's letterhead,
#: an award's annex under the award's running header ("Party wall award - 72 Kingston Lane").
CONDITION_SCHEDULE_RE = re.compile(
    r"^\W*schedule\s+of\s+(?:condition|dilapidations?)\b", re.IGNORECASE
)
#: A sample submission form's title: "CHAIN OF CUSTODY / SAMPLE SUBMISSION",
#: "Probenbegleitschein", "Fiche de prélèvement".
SAMPLE_SUBMISSION_RE = re.compile(
    r"chain\s+of\s+custody\b|sample\s+submission|probenbegleitschein|"
    r"fiche\s+de\s+pr[ée]l[èe]vement|demande\s+d.analyse",
    re.IGNORECASE,
)
#: A laboratory's report title: "Test Report", "Prüfbericht", "Rapport d'essai".
LAB_REPORT_RE = re.compile(
    r"\b(?:test|analysis|laboratory)\s+report|pr(?:ü|ue)fbericht|untersuchungsbericht|"
    r"analysenbericht|rapport\s+d.(?:essai|analyses?)|bulletin\s+d.analyses?",
    re.IGNORECASE,
)
#: A policy schedule's title: "POLICY SCHEDULE", "SCHEDULE", "Conditions particulières",
#: "Versicherungsschein" (and a certificate of insurance, which stands for one).
POLICY_SCHEDULE_RE = re.compile(
    r"policy\s+schedule|^\W*schedule\b|conditions\s+particuli[èe]res|versicherungsschein|"
    + INSURANCE_CERTIFICATE_RE.pattern,
    re.IGNORECASE | re.MULTILINE,
)
#: A number in a page's head, however it is grouped: "Policy no. CT 98 638 437", "N° de
#: contrat SPT/756250/25", "Vers.-Nr. HV-14-269018".
GROUPED_NUMBER_RE = re.compile(r"[A-Z]{0,4}[-/ ]?\d[\d ./-]{4,}\d")
#: ... but not the sender's own, which its letters and schedules share: "Tel. 04 72 60 33 10".
SENDER_NUMBER_LABEL_RE = re.compile(
    r"(?:t[ée]l(?:[ée]phone)?|phone|fax|mobile|telefon|ruf|vat|iban|siret|siren|ust)\W*$",
    re.IGNORECASE,
)
#: The separators a number is grouped with, dropped to compare it.
NUMBER_GROUPING_RE = re.compile(r"[\s./-]")
#: The certificate a supplier ships with the goods, in a page's first lines: "CERTIFICATE OF
#: ANALYSIS", "Analysenzertifikat", "Certificat d'analyse", "IFRA certificate of conformity".
GOODS_CERTIFICATE_RE = re.compile(
    r"\b(?:certificate\s+of\s+(?:analysis|conformity)|analysen?zertifikat|"
    r"certificat\s+d.analyse|certificat\s+de\s+conformit[ée]|konformit(?:ä|ae)tsbescheinigung|"
    r"pr(?:ü|ue)fzertifikat)\b",
    re.IGNORECASE,
)
#: A safety data sheet's title in a page's first lines: "SAFETY DATA SHEET",
#: "Sicherheitsdatenblatt", "Fiche de données de sécurité" (REACH asks one with the first
#: delivery of a hazardous product).
DATA_SHEET_TITLE_RE = re.compile(
    r"\b(?:(?:material\s+)?safety\s+data\s+sheet|sicherheitsdatenblatt|"
    r"fiche\s+de\s+donn[ée]es\s+de\s+s[ée]curit[ée])\b",
    re.IGNORECASE,
)
#: A hire's handover record: "PV de mise à disposition", "Übergabeprotokoll", "Handover /
#: pre-use check".
HANDOVER_RECORD_RE = re.compile(
    r"(?:pv|proc[èe]s[- ]verbal)\s+de\s+(?:mise\s+[àa]\s+disposition|livraison|restitution)|"
    r"(?:[üu]bergabe|r[üu]ckgabe)protokoll|"
    r"(?:equipment\s+)?(?:handover|hand-over)\s*(?:/\s*pre-use\s+check|report|record|sheet)",
    re.IGNORECASE,
)
#: A voucher's title in the first lines of a small page: "GIFT VOUCHER", "Bon cadeau",
#: "Gutschein".
VOUCHER_TITLE_RE = re.compile(
    r"^\W*(?:gift\s+voucher|gift\s+card|bon\s+cadeau|ch[èe]que\s+cadeau|(?:geschenk)?gutschein|"
    r"voucher)\b",
    re.IGNORECASE | re.MULTILINE,
)
#: A first line that heads a document's first numbered section ("1. Périmètre et méthode",
#: "I. Scope"): a report's body after its title page, a contract's after its cover.
#: ("A Guide to your policy" is no section: a letter needs its dot or bracket.)
SECTION_ONE_RE = re.compile(r"^(?:1[.)]?|[IA][.)])\s+[^\W\d_][^\n\d]{3,60}$")
#: A signatory's "Place, date" line ("Ort, Datum: München, 20.11.2024", "Fait à Lyon le").
#: Two or more on a short page make it a contract's signature page.
SIGNING_PLACE_RE = re.compile(
    r"^\W*(?:place\s*,?\s*date|ort\s*,?\s*datum|lieu\s*,?\s*date|fait\s+[àa]\b|signed\s+at|"
    r"date\s*/\s*signature|datum\s*/\s*unterschrift)",
    re.IGNORECASE | re.MULTILINE,
)
#: A line of a signature block, who signs for which party: "Signature (lu et approuvé)",
#: "For the Licensee", "Für den Auftraggeber", "Fait en deux exemplaires", "Signed by the
#: parties on the dates below".
SIGNATURE_LINE_RE = re.compile(
    r"^\W*(?:signature\b|unterschrift\b|fait\s+en\s+(?:deux|trois|\d)\s+exemplaires|"
    r"lu\s+et\s+approuv|signed\s+by\s+the\s+parties|agreed\s+and\s+signed|"
    r"signed\s+(?:for\s+and\s+)?on\s+behalf|"
    r"for\s+(?:and\s+on\s+behalf\s+of\s+)?the\s+(?:licensor|licensee|landlord|tenant|client|"
    r"company|hirer|owner|contractor|supplier|customer|buyer|seller|council|provider|employer|"
    r"borrower|lender|purchaser|vendor|school|college|academy|trust|association|club)\b|"
    r"f(?:ü|ue)r\s+den\s+(?:auftraggeber|auftragnehmer|vermieter|mieter|kunden|k(?:ä|ae)ufer|"
    r"verk(?:ä|ae)ufer)\b|"
    r"pour\s+le\s+(?:client|prestataire|propri[ée]taire|bailleur|preneur|vendeur|acheteur)\b|"
    r"(?:ort|datum)\s*,\s*unterschrift)",
    re.IGNORECASE | re.MULTILINE,
)
#: A page headed as an annex of what came before: "Anlage: Qualitaetstableau", "Annex:
#: inspection judgements", "Annexe - Plan de situation", "Appendix B - Method". Only as the
#: page's first line: an e-mail's head lists its "Attachment: invoice.pdf" further down.
ANNEX_TITLE_RE = re.compile(
    r"^\W*(?:anlage|annexe?|beilage|appendix|attachment|enclosure|pi[eè]ce\s+jointe)"
    r"\s*(?:\d{1,2}|[A-Z])?\s*[:\-\u2013]\s*[^\W\d_]",
    re.IGNORECASE,
)
#: The end of a sentence: three words or more, the last a word of three letters or more and
#: a full stop ("The invoice is enclosed."), not an abbreviation ("Invoice No.").
SENTENCE_END_RE = re.compile(r"^(?:\S+\s+){2,}[^\W\d_]{3,}\.\s*$")
#: An exhibit's label on a line of its own, as a court bundle stamps its exhibits: "Anlage
#: K 1" (the claimant's) or "Anlage B 2" (the defendant's), "Pièce n° 3", "EXHIBIT JS1",
#: "Annex 4". The page is evidence a pleading or statement encloses.
EXHIBIT_RE = re.compile(
    r"^\W*(?:pi[eèé]ce\s+(?:n\s?[°o.º]?\s*)?\d{1,3}|anlage\s+[A-Z]{1,2}\s?\d{1,3}|"
    r"anlage\s+\d{1,3}|annexe?\s+\d{1,3}|exhibit\s+[A-Z]{0,4}\s?-?\d{1,3}|"
    r"appendix\s+\d{1,2})\W*$",
    re.IGNORECASE,
)
#: An enclosure line that lists exhibits by their labels ("Anlagen: K 1", "B 1 - B 3",
#: "Pièces n° 1 à 4"): the exhibits, when they follow, carry those labels.
EXHIBIT_REF_RE = re.compile(
    r"^(?:anlagen?\s+|pi[eèé]ces?\s+)?(?:[A-Z]{1,2}\s\d{1,3}|n\s?[°o.º]\s*\d{1,3})\b"
    r"(?:\s*(?:-|bis|to|à|a|,|und|and|et)\s*(?:[A-Z]{1,2}\s)?\d{1,3})*\W*$",
    re.IGNORECASE,
)
#: A copy mark on a line of its own ("COPY", "Abschrift", "Certified true copy"): the copy of
#: a certificate, will or invoice that a letter or application encloses (27 of 28 such
#: pages in templates A-Q went with the document before them; R's tax office reminders say
#: "Kopie" on their payment slips, see ``letters.enclosed_copy``).
COPY_MARK_RE = re.compile(
    r"^\W*(?:COPY|Copy|KOPIE|Kopie|ABSCHRIFT|Abschrift|COPIE|Copie|"
    r"(?i:(?:certified\s+)?true\s+copy|certified\s+copy|copie\s+(?:certifi[ée]e\s+)?conforme|"
    r"beglaubigte\s+(?:abschrift|kopie)))\W*$",
    re.MULTILINE,
)
#: "Subject to the terms overleaf", "voir au verso": the page refers to its back. Weak: the
#: back of a sheet often goes unscanned (4 of 41 such pages in the corpora preceded a start).
OVERLEAF_RE = re.compile(
    r"\b(?:overleaf|over the page|please turn over|see reverse|on the reverse|au verso|"
    r"r(?:ü|ue)ckseite|bitte wenden|umseitig\w*)\b",
    re.IGNORECASE,
)
CLOSING_RE = re.compile(
    r"^\s*(?:(?:yours\s+)?(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards|regards|"
    r"mit freundlichen gr(?:ü|ue)(?:ß|ss)en|freundliche gr(?:ü|ue)(?:ß|ss)e|cordialement|"
    r"veuillez agr[ée]er|respectfully)\b",
    re.IGNORECASE | re.MULTILINE,
)
SIGNATURE_RE = re.compile(r"\b(?:signature|signed|unterschrift)\b", re.IGNORECASE)
TOTAL_RE = re.compile(
    r"\b(?:total\s+(?:due|amount|payable)|amount\s+due|balance\s+due|grand\s+total|"
    r"closing\s+balance|gesamtbetrag|rechnungsbetrag|net\s+à\s+payer|total\s+ttc)\b",
    re.IGNORECASE,
)
CONTINUED_RE = re.compile(
    # (Not "Suite à votre demande": "following your request"; nor an office's "Suite 4,
    # Tresham House" in an address.)
    r"\b(?:continued|cont(?:'d|\.)|fortsetzung|suite(?!\s+(?:[àa]|aux?)\b)(?!\s+\d))\b|"
    r"\(continued\)|"
    # A form's continuation sheet: "Entry form - continuation sheet 2", "Prüfungsanmeldung -
    # Blatt 2", "Folgeblatt".
    r"\bcontinuation\s+(?:sheet|page)\b|\b(?:folge|fortsetzungs)blatt\b|"
    r"\s[-\u2013]\s+(?:blatt|sheet|feuillet)\s+(?:[2-9]|1\d)\b",
    re.IGNORECASE,
)
#: A form's later section as the page's first line: "Section 2 - New keeper details", "Teil 3".
LATER_SECTION_RE = re.compile(
    r"^\W*(?:section|part|teil|abschnitt|partie)\s+(?:[2-9]|1\d)\b|"
    # A form's or report's later numbered section heading the page ("6. Account of the
    # incident", "6. Hergang"): over A-NNNN's born-digital streams none of 65 such first lines
    # began a document. (Not a second reminder, "2. Mahnung", nor a German date, "3. März".)
    r"^\s*(?:[2-9]|1\d)\.\s+(?!(?:mahnung|zahlungserinnerung|rappel|relance|reminder)\b)"
    r"(?!(?:jan|feb|m(?:ä|ae)r|apr|mai|jun|jul|aug|sep|okt|nov|dez)[^\W\d_]*\b)[^\W\d_]",
    re.IGNORECASE,
)
REF_RE = re.compile(
    r"\b(invoice|account|customer|client|order|policy|contract|statement|reference|r[eé]f|case|"
    r"claim|certificate|booking|quote|quotation|estimate|receipt|membership|member|folio|ticket|"
    r"mandate|permit|licen[cs]e|bill|rechnung|kunden|facture"
    # German compounds: Bestellnummer, Kundennummer, Rechnungs-Nr. ...
    r"|(?:bestell|auftrags|kunden|rechnungs|vertrags|versicherungs|policen|konto|mitglieds|"
    r"beleg|buchungs|zertifikats)(?=-?(?:nummer|nr\b)))"
    r"\s*-?(?:nummer|no\.?|number|nr\.?|n°|#|id)?\s*[:#.]?\s*"
    r"([A-Z]{0,4}[-/]?\d[\w/-]{3,})",
    re.IGNORECASE,
)
#: French puts the kind after the number sign: "N° de commande : 12345".
REF_FR_RE = re.compile(
    r"\b(?:n°|no\.?|num[ée]ro)\s+d[eu]\s+(commande|facture|client|contrat|dossier|police|"
    r"compte|r[ée]servation)\s*[:#]?\s*([A-Z]{0,4}[-/]?\d[\w/-]{3,})",
    re.IGNORECASE,
)
#: Any other labelled identifier: "Participant number 4931", "Card no. 5521-0099",
#: "Teilnehmernummer 4931", "Ausweis-Nr. 27631424". The label word is the key.
REF_ANY_RE = re.compile(
    r"\b([^\W\d_]{3,}?)(?:\s+(?:number|no\.?|nr\.?|id)|-?(?:nummer|nr\.?))\s*[:#]?\s*"
    r"([A-Z]{0,4}[-/]?\d[\w/-]{3,})",
    re.IGNORECASE,
)
#: Labels of numbers that are not about one document: the sender's (phone, VAT, company
#: registration, bank), ones that vary inside a document (items, pages, seats), or goods'
#: (a commodity code).
REF_ANY_SKIP = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "page item article line position pos phone telephone tel fax mobile ruf telefon handy "
        "vat ust umsatzsteuer registration registered register company handelsregister "
        "iban bic swift sort routing seat flight train platform gate room flat house haus "
        "version issue model part serial artikel seiten positions zimmer sitz "
        # Goods classifications: the same commodity code on two exporters' papers.
        "waren commodity tarif taric hs"
    ).split()
)
WORD_RE = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
#: An identifier: letters and digits mixed, slashes and dashes inside ("Q431363",
#: "HH28383741", "ITT/2026/99", "HB/245/59401").
CODE_RE = re.compile(
    r"(?<![\w/-])(?=[\w/-]*\d)(?=[\w/-]*[^\W\d_])[^\W_][\w/-]{4,}[^\W_](?![\w/-])|"
    # ... or digits only, a short prefix and a long serial: an air waybill "125-37661952".
    r"(?<![\w/-])\d{3}-\d{8}(?![\w/-])"
)
#: A running header's first part, before a dash: "Bethany Okonkwo - Haushaltsplan".
RUNNING_LEAD_RE = re.compile(r"^((?=[^\n]*[^\W\d_]{3})[^\n]{3,60}?)\s+[-\u2013]\s+\S")
#: ... and after it, when the dash splits the line in two: "Tenancy Agreement - Block C 7D".
RUNNING_TAIL_RE = re.compile(r"^[^\n]{3,60}?\s+[-\u2013]\s+([^\n]{3,60})$")
DASH_RE = re.compile(r"\s+[-\u2013]\s+")
#: ... and where the parts of a running header meet when a bar joins them too ("A | B - C").
DASH_OR_BAR_RE = re.compile(r"\s+[-\u2013|]\s+")
DATE_CODE_RE = re.compile(r"^\d{1,2}[-/][^\W\d_]{3,4}[-/]\d{2,4}$")
#: The sender's return address on one line above the addressee, as window envelopes show it
#: ("Weingut Kessler-Hahn, Weinstraße 41, 67146 Deidesheim", "Acme Ltd, 1 Elm St, Leeds LS1
#: 4DY"): a letter's first page. Not a sentence that names an address ("Je soussigné X,
#: demeurant ...", "Zwischen X, ...").
RETURN_ADDRESS_RE = re.compile(
    r"^(?!(?:je|entre|zwischen|between|oder|und|and|or|at|bei|chez)\b)"
    r"[^\n,]{3,60},\s*[^\n,]{3,50},\s*(?:[^\n,]{2,40},\s*)?"
    r"(?:\d{5}\s+[^\W\d_][^\n,]{1,40}|[^\W\d_][^\n,]{1,30}\s+[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2})"
    r"(?:\.\.\.)?$",
    re.IGNORECASE | re.MULTILINE,
)
#: A street line: a house number first ("85 Orchard Close", "12, rue des Écoles") or a street
#: word ("Kirchgasse 7", "Weinstraße 41", "Bahnhofsplatz").
STREET_RE = re.compile(
    r"^(?:\d{1,4}[a-z]?,?\s+\S.*|.*(?:stra(?:ß|ss)e|str\.|weg|gasse|platz|allee|ring|damm)\b.*|"
    r".*\b(?:road|street|lane|avenue|close|drive|rue|chemin|boulevard|place|quai|impasse|route)\b.*)$",
    re.IGNORECASE,
)
#: The addressee's postcode and town under a return address ("26135 Oldenburg", "Leeds LS1
#: 4DY", "75011 Paris").
ADDRESSEE_POSTCODE_RE = re.compile(
    r"^\s*(?:[A-Z]-?)?\d{4,5}\s+[^\W\d_]{2,}|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\s*$",
    re.MULTILINE,
)
#: An organisation's legal form: "Hansa Pumpen AG", "Clair Horizon Nettoyage SAS", "TuS
#: Lindenau 1896 e.V.".
LEGAL_FORM_RE = re.compile(
    r"\b(?:gmbh|ltd|limited|plc|llp|sas|sarl|sa|ag|kg|e\.\s?v|eg|gbr|inc|scp|eurl|mbh|sasu|"
    r"selarl|ohg|ug)\b",
    re.IGNORECASE,
)
#: A run of letters set apart one by one ("F E N W I C K M O S S ... L T D"), and a legal form
#: ending it once the spaces are gone (only the longer forms: a run of spaced capitals ends in
#: "SA", "AG" or "EG" by chance).
SPACED_RE = re.compile(r"\b(?:[^\W\d_] ){5,}[^\W\d_]\b")
LEGAL_FORM_END_RE = re.compile(r"(?:gmbh|ltd|limited|plc|llp|sas|sarl)$", re.IGNORECASE)
#: A postcode and town on a canonical line: "wexcombe wx2 5ld", "99084 erfurt".
#: (Not a register number: "amtsgericht koeln hrb 33201 ust idnr".)
POSTAL_RE = re.compile(
    r"\b([a-z]{1,2}\d[a-z\d]? \d[a-z]{2})\b|"
    r"(?<!hrb )(?<!hra )(?<!nr )(?<!no )\b(\d{5}) [^\W\d_]{3,}"
)
#: A table row that starts with its date ("25 09 70876 71031 exeter kendal"): the kilometre
#: readings of a mileage log are no postcode.
ROW_DATE_RE = re.compile(r"^\d{1,2} \d{1,2}\b")
#: Lines about page numbers change from page to page inside one document. (Not a sheet's
#: own number: "recovery job sheet n 36531" is the next job's.)
NUMBERING_WORD = re.compile(r"\b(?:page|seite|sheet|blatt|feuillet?|p)\b(?!(?: n| no| nr)? \d{4})")
#: "Key: value" in a page's head; the value runs to the next key or the end of the line. A
#: key may carry its gendered ending ("Mitarbeiter/in:").
FIELD_KEY_RE = re.compile(r"((?:[^\W\d_]+\.? ){0,1}[^\W\d_]+(?:/[^\W\d_]{1,3})?\.?)\s*:\s*")
#: Words that make a field name an identity field: who or what period a document is about.
IDENTITY_WORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "name employee customer client recipient payee payer taxpayer patient insured tenant "
        "member holder applicant student beneficiary to from ship bill received ssn tin ein id "
        "period year nom kunde empfänger destinataire mitarbeiter"
    ).split()
)
#: Field names that vary inside one document or are judged by other signals.
NOT_IDENTITY = frozenset(
    ["date", "page", "total", "subject", "signature", "amount", "due", "re", "betreff", "objet"]
)
#: A form identifier: "Form W-2", "Form 1099-MISC", "DD Form 293", "Form TX-201".
FORM_ID_RE = re.compile(r"\b(?i:form)\s+(?:no\.?\s*)?([A-Z]{0,4}-?\d[\w-]*|[A-Z]{1,3}-\d[\w-]*)")
#: Field names that date a document by its period ("Pay period 2024-03", "Tax year 2023").
PERIOD_KEYS = ("tax year", "fiscal year", "pay period", "period", "year")
#: "Tax year 2023", "Pay period 2024-03", "Period 03/2024" (with or without a colon).
PERIOD_RE = re.compile(
    r"\b(" + "|".join(PERIOD_KEYS) + r")\s*:?\s*"
    r"(\d{4}(?:[-/]\d{1,2})?|\d{1,2}/\d{4})\b",
    re.IGNORECASE,
)
#: Function words carry no topic; leaving them out makes unrelated pages look unrelated.
STOPWORDS = frozenset(
    (  # noqa: SIM905 - a word list reads better as text
        "the and for with this that are was were has have had from your our you will would "
        "which any all not but can may per its their there these those been being into than "
        "then also such other more about only out over under page der die das und mit von für "
        "den dem des ein eine einer ist sind wir sie ihr auf bei aus zum zur les une pour avec "
        "dans sur par est pas qui que vous nous aux"
    ).split()
)
MONTHS = {
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
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), "ymd"),
    (re.compile(r"\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b"), "dmy"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"), "slash"),
    (
        re.compile(rf"\b({MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I),
        "mdy",
    ),
    (
        re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th|\.)?\s+({MONTH_ALT})\.?,?\s+(\d{{4}})\b", re.I),
        "dMy",
    ),
]
#: German compounds join with an "s" after these endings: "Rechnungsnummer" is the
#: "Rechnung" number, the one an itemised page calls "Rechnung 9540629973".
FUGEN_S = ("ungs", "heits", "keits", "schafts", "ions", "täts", "tats")
#: Reference keys that name a party (the customer, an account, a member), not one document.
PARTY_REFS = frozenset(("customer", "account", "member", "membership", "konto", "mitglieds"))
#: Labels of the papers an invoice or a claim lists one per line with their amounts (a
#: driver's ticket, a receipt, an invoice on a statement): such a paper behind the list is
#: one of its enclosures.
LISTED_REF_KEYS = frozenset(("ticket", "receipt", "invoice", "beleg"))
#: A delivery note's or driver's ticket's title, in a head line (canonical, lower case).
_DELIVERY_TITLES = (
    r"lieferschein|delivery\s+(?:note|ticket|docket)|bon\s+de\s+livraison|"
    r"waste\s+transfer\s+note|weighbridge\s+ticket|wiegeschein"
)
DELIVERY_TITLE_RE = re.compile(rf"\b(?:{_DELIVERY_TITLES})\b")
#: The record of a delivery or of work done, in a page's first lines: a delivery note, a hire
#: ticket or timesheet, a job sheet or service report slip ("BON D'INTERVENTION",
#: "Arbeitsrapport", "AUFTRAGSZETTEL / LIEFERQUITTUNG", "FICHE DE MISSION").
TICKET_TITLE_RE = re.compile(
    rf"\b(?:{_DELIVERY_TITLES}|delivery\s+slip|proof\s+of\s+delivery|hire\s+ticket|job\s+sheet|"
    r"time\s?sheet|arbeitsrapport|arbeitsnachweis|lieferquittung|auftragszettel|"
    r"bon\s+d.intervention|fiche\s+de\s+mission)\b",
    re.IGNORECASE,
)
#: An invoice's title line: "INVOICE", "Rechnung 8730", "Facture n° F-2024-118" (a short line
#: that begins with the word; in running text "Invoice account ..." is no title).
INVOICE_TITLE_RE = re.compile(
    r"^\W*(?:invoice|rechnung|facture)\b[^\n]{0,30}$", re.IGNORECASE | re.MULTILINE
)
#: Labels that name the same number: one sender calls its quote an estimate on one
#: document and a quotation on the next.
REF_SYNONYMS = {
    **dict.fromkeys(("invoice", "bill", "rechnung", "facture"), "invoice"),
    **dict.fromkeys(("quote", "quotation", "estimate", "angebot", "devis"), "quote"),
    **dict.fromkeys(("order", "bestell", "auftrag", "commande"), "order"),
    **dict.fromkeys(("customer", "client", "kunden", "kunde"), "customer"),
    "réf": "ref",
}
CANON_DATE_RE = re.compile(
    rf"\b(\d{{1,2}} \d{{1,2}} \d{{4}}|\d{{4}} \d{{1,2}} \d{{1,2}}|(?:{MONTH_ALT}) \d{{4}})\b"
)
#: A date in a canonical line with the word before it: "date 26 september 2024".
KEYED_DATE_RE = re.compile(
    rf"\b([^\W\d_]+) ((?:\d{{1,2}} )?(?:{MONTH_ALT})(?: \d{{1,2}})? \d{{4}}|"
    rf"\d{{1,2}} \d{{1,2}} \d{{2,4}}|\d{{4}} \d{{1,2}} \d{{1,2}})\b"
)
#: Words that say "a number follows": the label of a line whose value may start with a letter.
NUMBER_LABELS = frozenset(("no", "nr", "n", "number", "nummer", "num", "ref", "reference", "id"))
#: "Page 3 of 5" in a canonical head line ("page n 3 5", "seite 2 von 3").
HEAD_PAGE_RE = re.compile(
    r"\b(?:page|seite|blatt|sheet|feuillet?)(?: n| no)? "
    r"(\d{1,3}) (?:(?:of|von|sur|de) )?(\d{1,3})\b"
)
#: A head line that is one identifier: six digits or more, spaces allowed ("3422274192593").
ID_LINE_RE = re.compile(r"^\d[\d ]{4,}\d$")
#: ... or a code of a few letters and a number ("vp 92489", "l25062"), its head line canonical.
CODE_LINE_RE = re.compile(r"^[^\W\d_]{1,4} ?\d[\d ]{3,}\d$")
#: An amount with its decimals, not a date ("7,809.53", not "01.02.2024").
AMOUNT_RE = re.compile(r"\d[.,]\d{2}(?![.,]?\d)")
#: A table row's running number before its first cell: "12 01.05.2027 14.247,97 ...".
ROW_NUMBER_RE = re.compile(r"\d{1,3}[.)]?\s+")
#: An amount with cents at the end of a line: "Parking ... 129,14", "Taxi 46.81 EUR".
LINE_AMOUNT_RE = re.compile(r"\d[.,]\d{2}\b[^\d\n]{0,6}$")
#: The total line of a receipt or bill.
RECEIPT_TOTAL_RE = re.compile(
    r"^\W*(?:(?:grand\s+)?total|summe|gesamt(?:betrag)?|zu\s+zahlen|montant|amount\s+(?:due|paid)|"
    r"net\s+[àa]\s+payer)\b",
    re.IGNORECASE | re.MULTILINE,
)

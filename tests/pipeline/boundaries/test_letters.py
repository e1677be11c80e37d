"""Boundary detection: letters' first and last pages, enclosures, attachments and copies."""

from __future__ import annotations

import attrs
import pytest
from pagekit import LOREM_A, LOREM_B, ctx, page, starts

from docsplit.pipeline.boundaries.content import signal_similarity
from docsplit.pipeline.boundaries.cues import page_cues
from docsplit.pipeline.boundaries.forms import signal_template
from docsplit.pipeline.boundaries.layout import COVER_START
from docsplit.pipeline.boundaries.letters import (
    ADDRESS_BLOCK,
    ATTACHMENT_WEIGHT,
    BILLED,
    CLOSING,
    COPY_MARK,
    DATA_SHEET_WEIGHT,
    DATE,
    DATE_OTHER,
    ENCLOSURE_WEIGHT,
    HANDED_OVER,
    LETTERHEAD,
    OVERLEAF_WEIGHT,
    PROOF_OF_ADDRESS,
    RETURN_ADDRESS,
    SAME_DATE,
    SENDER_GONE,
    SENDER_NEW,
    SENDER_OTHER,
    SIGNATURE,
    SIGNATURE_OCR,
    TICKET_OF_INVOICE,
    TITLE,
    TOTALS,
    signal_attachment,
    signal_billed,
    signal_copy,
    signal_enclosure,
    signal_first_page,
    signal_last_page,
    signal_overleaf,
    signal_sender,
)
from docsplit.pipeline.boundaries.references import signal_references
from docsplit.pipeline.extract import PageFeatures


def test_first_page_signal() -> None:
    letter = page(
        2,
        "ACME Ltd\n1 Elm Street\n\nMarch 3, 2024\n\nSubject: your contract\n\nDear Anna,\n"
        + LOREM_B,
        large="ACME Ltd",
        font=(18.0, 10.0),
    )
    s = signal_first_page(ctx(letter, page(1)))
    assert s is not None and s.score > 3
    for word in ("salutation", "subject line", "date 2024-03-03", "new letterhead"):
        assert word in s.reason
    # The same date at the top of the page before outweighs a title: what one sender issues
    # on one day mostly goes together (over A-RR 63 such pages began a document, 528 did not).
    s = signal_first_page(ctx(page(2, "Delivery note\n3 March 2024\n" + LOREM_B), letter))
    assert s is not None and s.score == TITLE - SAME_DATE < 0 and "same date 2024-03-03" in s.reason

    # The same date on a head filled in anew: certificates issued on one day, no evidence
    # against a start (``template`` weighs the head).
    def certificate(n: int, register: str) -> PageFeatures:
        return page(
            n,
            "Gemeinde Senden\nStandesamt\nMünsterstraße 30, 48308 Senden\nSterbeurkunde\n"
            f"Registernummer S {register}\nSterbetag 07.10.2024\n" + LOREM_A,
        )

    # A date other than the date the page before carries counts more than a date where the
    # page before had none: a document's later pages seldom carry a date of their own, but
    # schedules and forms behind a letter often date their first line.
    dated = signal_first_page(ctx(page(2, "Notes\n4 March 2024\n" + LOREM_B), letter))
    undated = signal_first_page(ctx(page(2, "Notes\n4 March 2024\n" + LOREM_B), page(1)))
    assert dated is not None and dated.score == DATE_OTHER > DATE
    assert undated is not None and undated.score == DATE

    one, two = certificate(1, "459/2024"), certificate(2, "707/2024")
    assert signal_template(ctx(two, one)) is not None
    s = signal_first_page(ctx(two, one))
    assert s is None or "same date" not in s.reason
    # The sender's return address above the addressee, as a window envelope shows it.
    window = (
        "Weingut Kessler-Hahn\nWeinstraße 41, 67146 Deidesheim\n"
        "Weingut Kessler-Hahn, Weinstraße 41, 67146 Deidesheim\n"
        "Weinhandel Brandt GbR\nKirchgasse 7\n55234 Flonheim\n" + LOREM_B
    )
    assert page_cues(page(2, window)).return_address
    s = signal_first_page(ctx(page(2, window), page(1)))
    assert s is not None and "return address" in s.reason and s.score == RETURN_ADDRESS
    uk = "Acme Ltd, 1 Elm Street, Leeds LS1 4DY\nMrs J Ahmed\n85 Orchard Close\nYork YO43 4HA\n"
    assert page_cues(page(2, uk + LOREM_B)).return_address
    # Without a return address line, the addressee's block alone: a street over a postcode.
    block = (
        "Kestrel Car & Van Hire\nFerry Road Depot\nMr Marek Hughes\n12 Elm Grove\nLeeds LS6 2AB\n"
    )
    cues = page_cues(page(2, block + LOREM_B))
    assert cues.address_blocks == {("12 elm grove", "leeds ls6 2ab")} and not cues.return_address
    s = signal_first_page(ctx(page(2, block + LOREM_B), page(1)))
    assert s is not None and "address block" in s.reason and s.score == ADDRESS_BLOCK
    # ... once: the page before with a block of its own gives nothing.
    s = signal_first_page(ctx(page(2, block + LOREM_B), page(1, block + LOREM_A)))
    assert s is None or "address block" not in s.reason
    german = "Weinhandel Brandt GbR\nBuchhaltung\nHerrn K. Roth\nKirchgasse 7\n55234 Flonheim\n"
    assert page_cues(page(2, german)).address_blocks
    assert not page_cues(page(2, "Invoice\nTotal 12.00\n55234 items shipped\n")).address_blocks
    # The sender's own address in its letterhead on every page is no addressee: the next
    # letter's addressee block under it counts all the same.
    office = "Finanzamt Freiburg-Stadt\nSautierstrasse 24\n79104 Freiburg\n"
    table = page(1, office + "Festsetzung der Vorauszahlungen\n10.03.2024 2.400,94\n")
    letter = page(2, office + "Miriam Hoffmann\nKastanienweg 39\n79098 Freiburg\nMahnung\n")
    s = signal_first_page(ctx(letter, table))
    assert s is not None and "address block" in s.reason
    # An address in running text, or one without an addressee under it, is no window.
    for text in (
        "Je soussigné René Girard, demeurant 45 rue Francis, 69100 Villeurbanne\n" + LOREM_A,
        "Concert\nMaison des Associations, 15 rue Léon-Blum, 69100 Villeurbanne\n" + LOREM_A,
    ):
        assert not page_cues(page(2, text)).return_address
    # A payment reminder is titled like any other document kind.
    for title in ("Mahnung", "Reminder - payment overdue", "Zahlungserinnerung"):
        s = signal_first_page(ctx(page(2, f"Finanzamt\n{title}\n" + LOREM_B), page(1)))
        assert s is not None and f"title '{title.split()[0].lower()}'" in s.reason
    cont = page(3, "Invoice 1234 (continued)\n" + LOREM_B)
    s = signal_first_page(ctx(cont, page(2, "Invoice 1234\n" + LOREM_B)))
    assert s is not None and s.score < 0 and "continued" in s.reason
    assert page_cues(page(3, "Bordereau (suite)\n" + LOREM_B)).continued
    # An office suite in the letterhead's address continues nothing.
    assert not page_cues(
        page(3, "PrimeCare Staffing Ltd\nSuite 4, Tresham House\n" + LOREM_B)
    ).continued
    s = signal_first_page(ctx(page(2, "INVOICE\n" + LOREM_A), page(1)))
    assert s is not None and "title 'invoice'" in s.reason
    cover = page(3, "Harbour Master Trust\nWelcome to your workplace pension", font=(24, 24))
    s = signal_first_page(ctx(cover, page(2, LOREM_B)))
    # Looking like a cover adds nothing to the large type: dividers, drawings and photo
    # sheets look the same.
    assert s is not None and "a cover page" in s.reason and s.score == 0.8 + COVER_START == 0.8
    # Type a little larger at the top alone, a letterhead or a schedule's heading, is weak.
    head = page(2, "Acme Ltd\n" + LOREM_B, font=(14, 10))
    s = signal_first_page(ctx(head, page(1, LOREM_A)))
    assert s is not None and s.reason == "new letterhead" and s.score == LETTERHEAD < 0.8
    spill = page(3, "Yours faithfully,\n\nDesmond Mayhew\nDesmond Mayhew", large="Desmond Mayhew")
    s = signal_first_page(ctx(spill, page(2, LOREM_B)))
    assert s is not None and s.score < 0 and "begins with a closing formula" in s.reason


def test_last_page_signal() -> None:
    letter = page(2, "INVOICE\n3 March 2024\n" + LOREM_B)
    prev = page(1, LOREM_A + "\nYours sincerely,\n\nJohn Carter\nSignature")
    s = signal_last_page(ctx(letter, prev))
    assert s is not None and s.score > CLOSING and "closing formula" in s.reason
    # A closing formula alone is weak evidence: enclosures, forms and terms follow as often.
    closed = page(1, LOREM_A + "\nKind regards,")
    s = signal_last_page(ctx(letter, closed))
    assert s is not None and s.score == CLOSING <= 0.5
    # A signature ends a document more often than a closing formula does; read by OCR, a
    # signature line is less sure to be one.
    signed = page(1, LOREM_A + "\nSignature: J. Carter")
    s = signal_last_page(ctx(letter, signed))
    assert s is not None and s.score == SIGNATURE == 1.0 and "signature" in s.reason
    scanned = ctx(attrs.evolve(letter, ocr_used=True), attrs.evolve(signed, ocr_used=True))
    s = signal_last_page(scanned)
    assert s is not None and s.score == SIGNATURE_OCR < SIGNATURE
    # Totals are named but weigh nothing: a schedule, terms or a remittance slip follow an
    # invoice's totals about as often as the next document does.
    prev = page(1, LOREM_A + "\nTotal due 1,234.00")
    s = signal_last_page(ctx(letter, prev))
    assert s is not None and "totals" in s.reason and s.score == TOTALS == 0
    assert signal_last_page(ctx(letter, page(1))) is None
    # After the signature, a page where nothing begins (no title, date, salutation,
    # letterhead) is as often the letter's unannounced leaflet as the next document.
    s = signal_last_page(ctx(page(2, "Paying on time\n" + LOREM_B), prev))
    assert s is not None and s.score == 0.0 and "nothing begins here" in s.reason


def test_a_page_on_a_one_page_letters_words_after_it_is_its_enclosure() -> None:
    # The letter greets and closes on one page; the next page goes on with its words (the
    # application form it asks to be returned): the closing formula ends the letter only.
    letter = page(
        1,
        "Dear Mrs Hale,\nPlease return the credit account application form with the trade "
        "references and the bank details.\n" + LOREM_A + "\nYours sincerely,\nJohn Carter",
    )
    form = page(
        2,
        "Application for a Credit Account\n15 March 2025\nPlease return the credit account "
        "application form with the trade references and the bank details.\n" + LOREM_A,
    )
    c = ctx(form, letter)
    sim = signal_similarity(c)
    assert sim is not None and sim.score < 0
    s = signal_last_page(c)
    assert s is not None and s.score == 0 and "goes on with its words" in s.reason
    # After a letter that did not greet on this page (its last page), the closing counts.
    tail = page(1, LOREM_A + "\nYours sincerely,\nJohn Carter")
    s = signal_last_page(ctx(form, tail))
    assert s is not None and s.score >= CLOSING


def test_an_enclosure_line_keeps_the_enclosure_with_its_letter() -> None:
    letter = page(
        1,
        "Calloway Civil Engineering Ltd\nDear Ms Garnier,\n"
        + LOREM_A
        + "\nYours faithfully,\nEnclosed: Price schedule\nA. Garnier\nEstimating Director",
    )
    schedule = page(
        2,
        "Rates and Prices 2025\nRef Item Unit Qty Rate Total\n" + LOREM_B,
        top="Rates and Prices 2025",
        bottom="Page 1 of 1",
    )
    assert page_cues(letter).enclosure == "Price schedule"
    s = signal_enclosure(ctx(schedule, letter))
    assert s is not None and s.score == -ENCLOSURE_WEIGHT and "Price schedule" in s.reason
    # The closing formula ends the letter, not the document.
    last = signal_last_page(ctx(schedule, letter))
    assert last is None or "closing formula" not in last.reason
    assert starts([letter, schedule]) == [1]
    # Without the enclosure line the schedule, numbered on its own, is a document of its own.
    plain = attrs.evolve(letter, text=letter.text.replace("Enclosed: Price schedule\n", ""))
    assert page_cues(plain).enclosure is None
    assert starts([plain, schedule]) == [1, 2]
    # The French "PJ :" without its dots.
    french = page(1, "Madame, Monsieur,\n" + LOREM_A + "\nE. Marchand\nPJ : CV, diplomes\nRH")
    assert page_cues(french).enclosure == "CV, diplomes"
    assert page_cues(page(1, LOREM_A + "\nPJ Harvey tickets")).enclosure is None
    # "Anlage" begins longer German words: the installer who signs a grid application
    # ("Anlagenerrichter") announces nothing.
    grid = page(1, LOREM_A + "\nAnlagenerrichter F. Kaiser Datum 29.01.2024")
    assert page_cues(grid).enclosure is None
    assert page_cues(page(1, LOREM_A + "\nAnlagen: Lageplan")).enclosure == "Lageplan"


@pytest.mark.parametrize(
    ("sentence", "announced"),
    [
        ("We enclose the estate account for your approval.", "we enclose"),
        ("Please find enclosed your P45.", "please find enclosed"),
        ("| enclose the draft contract for your review.", "| enclose"),
        ("Vous trouverez ci-joint le devis.", "ci-joint"),
        # A compliments slip on top of what it accompanies.
        ("Mit freundlichen Empfehlungen", "mit freundlichen empfehlungen"),
        ("With compliments", "with compliments"),
        ("Please read the enclosed guide on how to use your badge.", "the enclosed"),
        ("Bitte pruefen Sie die beiliegende Abrechnung.", "beiliegende"),
        ("Die Planungszeichnungen liegen bei.", "liegen bei"),
        ("Die Einzelabrechnung der Messdienstfirma liegt Ihnen bei.", "liegt ihnen bei"),
        ("Anbei erhalten Sie Ihren Parkausweis.", None),
        ("Anbei der Vertrag für Ihre Unterlagen.", "anbei der vertrag"),
        ("The meter was enclosed in a cabinet.", None),
        # A noun and the word at the end of the sentence: what follows is what it names.
        ("Zahlbar bis zum 20. des Folgemonats. Lieferscheine anbei.", "lieferscheine anbei."),
        ("Terms: 30 days. Delivery tickets enclosed.", "tickets enclosed."),
        ("Copies of the receipts are attached.", "receipts are attached."),
        # A noun the enclosure adjective follows, and an e-mail's attachments line.
        ("Comme l'atteste le certificat joint.", "le certificat joint"),
        # ... but not a gasket: "la machine joint de porte".
        ("Contrôle de la machine joint de porte remplacé.", None),
        ("Pièces jointes: certificate.pdf", "certificate.pdf"),
    ],
)
def test_an_enclosure_announced_in_a_sentence(sentence: str, announced: str | None) -> None:
    letter = page(
        1, "Dear Ms Garnier,\n" + LOREM_A + "\n" + sentence + "\nYours sincerely,\nA. Lee"
    )
    assert page_cues(letter).enclosure == announced


def test_a_later_section_at_the_top_continues_a_form() -> None:
    assert page_cues(page(2, "Section 2 - New keeper details\nName\n")).continued
    assert page_cues(page(2, "Teil 3: Angaben zum Fahrzeug\n")).continued
    # A form's first page lists its sections: that is no continuation.
    first = "Application to renew a driving licence\nSection 1 - Your details\nSection 2 - Licence"
    assert not page_cues(page(1, first)).continued
    assert not page_cues(page(1, "Section 1 - Your details\n")).continued


def test_suite_is_continued_only_when_it_does_not_mean_following() -> None:
    assert page_cues(page(2, "Releve de compte (suite)\n" + LOREM_A)).continued
    assert page_cues(page(2, "Suite de la page 1\n" + LOREM_A)).continued
    # "Suite à votre demande": following your request, the opening of a letter.
    letter = "Madame, Monsieur,\nObjet : Suite a votre demande du 2 avril\n" + LOREM_A
    assert not page_cues(page(2, letter)).continued
    assert not page_cues(page(2, "Suite à votre appel, voici le devis\n")).continued


def test_an_enclosure_announced_early_in_a_letter() -> None:
    # The sentence opens the letter, far above its foot: it still announces the certificate.
    letter = page(
        1,
        "Clearview Windows\nUnit 11\nCarlisle\nOur ref: G-9678/17\nDear Mr Achterberg,\n"
        "We are pleased to enclose your 10 year guarantee certificate.\n"
        + "\n".join([LOREM_A] * 10)
        + "\nYours sincerely,\nD. Achterberg",
    )
    assert page_cues(letter).enclosure == "to enclose"
    # A short "... attached." counts only at the foot: in a form it is fixed to something.
    form = page(
        1,
        "Gas safety record\nA\nB\nC\nD\nGas fire - ventilation inadequate, label attached.\n"
        + "\n".join([LOREM_A] * 10),
    )
    assert page_cues(form).enclosure is None


@pytest.mark.parametrize(
    "title",
    [
        "FORM OF PROXY",
        "Reply slip",
        "Acceptance of offer",
        "ACCEPTANCE OF PLACE",
        "Bon pour accord",
        "Zahlschein",
        "Site plan",
        "Hall 7 Floor plan",
        "Halle 4 Hallenplan",
        "Plan du hall",
        "Teilnahmebedingungen",
        "Allgemeine Verkaufs- und Lieferbedingungen",
        "Bedingungen fuer den Sparverkehr",
        "BANK GIRO CREDIT",
        "Jana Ostrowski\nLebenslauf",
        "Imran Qureshi\nCurriculum Vitae",
        "KIT LIST",
        "PACKLISTE",
        "Party wall award - 72 Kingston Lane\nSCHEDULE OF CONDITION",
        "Annex 2 - Technical and organisational measures",
        "Anlage 1 - Beschreibung der Verarbeitung",
        "Notes",
        "Wichtige Hinweise",
        "POUVOIR",
        "FORMULAIRE DE VOTE PAR CORRESPONDANCE",
        "VOLLMACHT zur Eigentuemerversammlung",
        "Postal vote form",
        "Photographs - Flat 14",
        "Planche photographique - MM/12106/79",
        "Fotodokumentation - NX/41071/57",
        "Photo 1: Kitchen - water damage to the ceiling",
        "STANDARD TRADING CONDITIONS",
        "ALLGEMEINE DEUTSCHE SPEDITEURBEDINGUNGEN 2017 (ADSp 2017) - AUSZUG",
        "DELIVERY INSTRUCTIONS - please complete and return",
        "AUSLIEFERUNGSAUFTRAG - bitte ausgefuellt zurueck",
        "Halden Karosserie- und Lackzentrum - Fotos E42038 / BN-NB 5170",
        "Registered keeper and notes",
        "Fiche a retourner",
        "Anlage: Qualitaetstableau",
        "Annex: inspection judgements",
        "Appendix B - Method statement",
        "Important information about your policy",
        "Wichtige Hinweise zu Ihrem Vertrag",
        "Informations importantes",
        "Privacy notice for employees",
        "How to find us",
        "Plan d'acces",
        "Conditions of grant",
        "Equal opportunities monitoring (optional)",
        "Secours Solidaire de la Bastide - Annexe 2 - Evenements a venir",
        "CONDITIONS DU CONTRAT D'ACHAT DE HOUBLON",
        "Erläuterungen zum Beitragsbescheid",
        "Comptoir Houblonnier\nEXEMPLAIRE À RETOURNER SIGNÉ",
        "Hallertauer Hopfenkontor eG\nGEGENEXEMPLAR - BITTE UNTERSCHRIEBEN ZURÜCKSENDEN",
        "Counterpart copy",
        "EXHIBITOR TERMS AND CONDITIONS",
        "REGLEMENT DU SALON",
        "RÉPUBLIQUE FRANÇAISE\nPASSEPORT / PASSPORT",
        "UNITED KINGDOM OF GREAT BRITAIN AND NORTHERN IRELAND\nPASSPORT",
        "PHOTOCARD DRIVING LICENCE",
        "Standard Terms of Grant",
        "Lloyds Bank plc - Commercial Banking\n125 Colmore Row\nBirmingham B3 3SF\nAcceptance",
        "PERMIS DE CONDUIRE",
        "The Old Tithe Barn Church Lane\nSUPPLIER DECLARATION - please return before the event",
        "ERKLÄRUNG DES DIENSTLEISTERS - bitte vor der Veranstaltung zurücksenden",
        "DÉCLARATION DU PRESTATAIRE - à retourner avant l'événement",
        "Policy wording",
        "Voyager Assurance plc\nGroup Travel Policy Wording",
        "Booking Conditions",
        "PARK RULES",
        "Platzordnung",
        "Règlement intérieur du camping",
        "SUPPLIER GUIDELINES",
        "CHARTE DES PRESTATAIRES",
        "RICHTLINIEN FÜR DIENSTLEISTER",
        "STALLORDNUNG",
        "Important notices",
        "Extrait du règlement des marchés",
        "Information about your certificate",
        "Informationen zur Narkose",
        "Opening hours",
        "Order of Service",
        "RSVP",
        "Antwortkarte",
        "Typical cross-section",
        "Coupe type",
        "Volunteer details and emergency contact",
        "Notfallkontakte und Vollmacht",
        "Coordonnées et personne à prévenir",
        "Auflagen",
        "Information for your insurer (to be completed by driver A)",
        "Plan des salles d'exposition temporaire",
        "Merkblatt für Geschädigte",
        "Information des victimes",
        "Alte Zehntscheune Ebersbach\nEinverstanden",
        "Agreed and signed",
        "PASSPORT UNITED KINGDOM",
        "DRIVING LICENCE UK",
        "FÜHRERSCHEIN BUNDESREPUBLIK DEUTSCHLAND",
        "PERMIS DE CONDUIRE RÉPUBLIQUE FRANÇAISE",
        "Endorsements applying to this policy",
        "PRODUKTINFORMATIONSBLATT",
        "Bordereau de retour - à joindre au colis",
        "General conditions for contractors",
        "Kostenfestsetzung und Rechtsbehelfsbelehrung",
        "Mitgliedschaft 2025 - Rückmeldebogen",
        "EINVERSTÄNDNISERKLÄRUNG / RECHTSBEHELFSVERZICHT",
        "STANDARD CONDITIONS OF GRANT",
        "Clauses particulières",
        "Besondere Vereinbarungen und Klauseln",
        "DOCUMENT D'INFORMATION",
        "Insurance Product Information Document",
        "Notes for candidates",
        "Notes to the accounts",
        "Hinweise für Bewerber",
        "Friseurakademie Baden\nSeminarinhalte",
        "Course content",
        "Programme de la formation",
        "Annexe à l'arrêté n° 2025-751 - Règlement applicable aux exploitants",
        "Anlage zum Bescheid vom 3. März 2025",
        "EXECUTION",
        "Executed as a deed by Marsh Lane Properties Ltd acting by a director",
        "DEED OF GUARANTEE",
        "Décharge de responsabilité et acceptation des risques",
        "Haftungsfreistellung und Risikoerklärung",
        "Liability release and assumption of risk",
        "Diver Medical | Participant Questionnaire PADI",
        "Tauchtauglichkeit | Fragebogen für Teilnehmer VDST",
        "Widerrufsbelehrung",
        "Notice of the right to cancel",
        "Informations sur le droit de rétractation",
        "Endorsements",
        "GARANTIE ET CONDITIONS GÉNÉRALES",
        "Gewährleistung und Bedingungen",
        "Our complaints procedure",
        "Procédure de traitement des réclamations",
    ],
)
def test_an_attachment_goes_with_the_letter_before_it(title: str) -> None:
    notice = page(1, "Notice of Annual General Meeting\n" + LOREM_A)
    form = page(2, f"{title}\nI/We, being a member of the Company, appoint\n" + LOREM_B)
    s = signal_attachment(ctx(form, notice))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT
    assert title.splitlines()[-1].split()[0] in s.reason
    # The same title on the page before: one form after another, not its second page.
    assert signal_attachment(ctx(form, attrs.evolve(form, number=1))) is None
    # Minutes are a document of their own.
    minutes = page(2, "Notes of meeting\n" + LOREM_B)
    assert signal_attachment(ctx(minutes, notice)) is None
    # "Schedule E" is a tax form of its own.
    sched_e = page(2, "SCHEDULE E Supplemental Income and Loss\n" + LOREM_B)
    assert signal_attachment(ctx(sched_e, notice)) is None
    # ... and a surveyor's schedule of condition a report of its own.
    survey = page(2, "Carrow Building Consultancy Ltd\nSCHEDULE OF CONDITION\n" + LOREM_B)
    assert signal_attachment(ctx(survey, notice)) is None
    # An application for a passport is a document of its own.
    application = page(2, "Passport application form\n" + LOREM_B)
    assert signal_attachment(ctx(application, notice)) is None
    # A field of terms is no title: "Liefer- und Zahlungsbedingungen: 14 Tage netto".
    field = page(2, "Liefer- und Zahlungsbedingungen: 14 Tage netto\n" + LOREM_B)
    assert signal_attachment(ctx(field, notice)) is None
    # The model form a customer fills in to withdraw is the customer's own letter.
    withdrawal = page(2, "Muster-Widerrufsformular\nHiermit widerrufe ich den Vertrag\n" + LOREM_B)
    assert signal_attachment(ctx(withdrawal, notice)) is None
    # A horse's passport is a document of its own.
    equine = page(2, "EQUINE PASSPORT / DOCUMENT D'IDENTIFICATION UELN 826008971408949\n" + LOREM_B)
    assert signal_attachment(ctx(equine, notice)) is None
    # A licensing authority's letter about a driving licence, or a club's registration form
    # that players return through their club, is a document of its own.
    renewal = page(2, "Driving licence renewal\n" + LOREM_B)
    assert signal_attachment(ctx(renewal, notice)) is None
    club = page(2, "Affiliated football - to be returned via the club's secretary\n" + LOREM_B)
    assert signal_attachment(ctx(club, notice)) is None
    # An exporter's packing list is a document of its own.
    packing = page(2, "Packing List\nPacking list no. PL66554\n" + LOREM_B)
    assert signal_attachment(ctx(packing, notice)) is None
    # A field of an invoice's head is no title.
    head = page(2, "Rechnung 4411\nZahlungsbedingungen: 14 Tage netto\n" + LOREM_B)
    assert signal_attachment(ctx(head, notice)) is None
    # The same words inside running text are no form title.
    assert signal_attachment(ctx(page(2, LOREM_B + "\nReturn the reply slip."), notice)) is None
    # An e-mail's head names its attachment below its first line: no annex title.
    mail = page(2, "From: Ana Ruiz\nTo: office@example.org\nAttachment: invoice.pdf\n" + LOREM_B)
    assert signal_attachment(ctx(mail, notice)) is None


def test_an_annex_title_under_the_letterhead_repeated_goes_with_the_document() -> None:
    head = "KW\nKonzertdirektion Weinberger GmbH\nMaximilianstraße 31\n80539 München\n"
    letter = page(1, head + "Sehr geehrte Frau Wolff,\n" + LOREM_A + "\nMit freundlichen Grüßen")
    terms = page(2, "Allgemeine Gastspielbedingungen\n1. Vertragsgegenstand\n" + LOREM_B)
    rider = page(3, head + "Anlage - Rider Jean-Baptiste Renaud\n1. Hotel: mind. 4 Sterne")
    open_first = (letter, page_cues(letter))
    s = signal_attachment(attrs.evolve(ctx(rider, terms), open_first=open_first))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 1" in s.reason
    # Under another letterhead it is no annex of this document's.
    other = page(3, "Agence Lumière\n12 rue de la Paix\n75002 Paris\nAnlage - Rider\nHotel")
    assert signal_attachment(attrs.evolve(ctx(other, terms), open_first=open_first)) is None
    # Any attachment's title does, below a letterhead too long for the first five lines: the
    # client's "Bon pour accord" behind a surveyor's engagement letter and its terms.
    cabinet = "Bureau Lemaire & Associés\nExpertise\n22 rue Nationale\n37000 Tours\n"
    cabinet += "Tél. 02 47 05 66 18\ninfo@bureau.fr\n"
    offer = page(1, cabinet + "Madame, Monsieur,\n" + LOREM_A)
    accord = page(3, cabinet + "BON POUR ACCORD\nRéf. BL/24/209\nSignature")
    first = (offer, page_cues(offer))
    s = signal_attachment(attrs.evolve(ctx(accord, terms), open_first=first))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "BON POUR ACCORD" in s.reason
    # "Anlage: PV Brandt" on a monthly report is a field (a solar installation), filled in anew.
    report = "VOLTWERK\nMonatsbericht Dezember 2024\nAnlage: PV {}\n5,34 kWp"
    first, second = page(1, report.format("Brandt")), page(2, report.format("Baumann"))
    assert signal_attachment(ctx(second, first)) is None


def test_a_short_page_that_two_parties_sign_with_place_and_date_is_a_signature_page() -> None:
    terms = page(1, "Conditions of hire\n1. Duration\n" + LOREM_A + "\n" + LOREM_B)
    signing = page(
        2,
        "Corn Exchange Arts Centre\nMarket Hill\nBedford MK40 1SJ\n"
        "The Hirer accepts the Conditions of Hire.\nFor Corn Exchange Arts Centre\n"
        "Place, date: Bedford, 22/11/2023\nSWhitaker\nFor the Hirer\n"
        "Place, date: Bedford, 22/11/2023\nAHartmann",
    )
    s = signal_attachment(ctx(signing, terms))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "signature page" in s.reason
    german = page(
        2, "In zweifacher Ausfertigung.\nOrt, Datum: München\nAW\nOrt, Datum: Leipzig\nSV"
    )
    assert signal_attachment(ctx(german, terms)) is not None
    # One signatory is a letter's or form's ending; a long page is more than its signatures.
    one = page(2, "Corn Exchange Arts Centre\nPlace, date: Bedford, 22/11/2023\nSWhitaker")
    assert signal_attachment(ctx(one, terms)) is None
    long = attrs.evolve(signing, text=signing.text + "\n" + "\n".join(["Clause"] * 30))
    assert signal_attachment(ctx(long, terms)) is None


def test_a_short_page_of_the_parties_signature_blocks_is_a_signature_page() -> None:
    terms = page(1, "Conditions of hire\n1. Duration\n" + LOREM_A + "\n" + LOREM_B)
    french = page(
        2,
        "Fait en deux exemplaires\nLe propriétaire\nSignature (lu et approuvé) Date\n"
        "Olivier Chevalier\nL'apiculteur\nSignature (lu et approuvé) Date\nCamille Lefèvre",
    )
    s = signal_attachment(ctx(french, terms))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "signature page" in s.reason
    english = page(
        2,
        "Signatures\nSigned by the parties on the dates below.\nSPryce\nFor the Licensor\n"
        "Sophie Pryce 16/11/2024\nOOkafor\nFor the Licensee\nOlivia Okafor 21/11/2024",
    )
    assert signal_attachment(ctx(english, terms)) is not None
    council = page(
        2,
        "Signed on behalf of the parties\nFor the Council\nSOkafor\nName: Sarah Okafor\n"
        "For the Provider\nKThornton\nName: Kwame Thornton",
    )
    assert signal_attachment(ctx(council, terms)) is not None
    school = attrs.evolve(council, text=council.text.replace("Council", "School"))
    assert signal_attachment(ctx(school, terms)) is not None
    # One signature line is a letter's or form's ending; more than 12 lines are more than
    # the signature blocks.
    one = page(2, "Rechnung 4411\nBetrag 120,00\nUnterschrift\nAW")
    assert signal_attachment(ctx(one, terms)) is None
    long = attrs.evolve(english, text=english.text + "\n" + "\n".join(["Clause"] * 5))
    assert signal_attachment(ctx(long, terms)) is None


@pytest.mark.parametrize("mark", ["COPY", "Abschrift", "Copie", "Certified true copy", "KOPIE"])
def test_a_page_marked_as_a_copy_is_an_enclosure(mark: str) -> None:
    letter = page(1, "Dear Sir or Madam,\n" + LOREM_A + "\nYours faithfully,\nChloe Hartley")
    diploma = page(
        2,
        f"Stockport College\nBTEC Level 3 Extended Diploma\nawarded to\nChloe Hartley\n{mark}",
        font=(20.0, 10.0),
        large="Stockport College",
    )
    s = signal_copy(ctx(diploma, letter))
    assert s is not None and s.score == -COPY_MARK
    # The sender's next notice, its head filled in anew, whose payment slip says "Kopie", is
    # no enclosed copy.
    head = "Finanzamt Freiburg-Stadt\nSautierstrasse 24\n79104 Freiburg\nMiriam Hoffmann\n"
    first = page(1, head + "Datum: 12.03.2024\nMahnung\n" + LOREM_A + "\nZahlschein\nKopie")
    second = page(2, head + "Datum: 27.04.2024\nMahnung\n" + LOREM_A + "\nZahlschein\nKopie")
    assert signal_template(ctx(second, first)) is not None
    s = signal_copy(ctx(second, first))
    assert s is not None and s.score == 0.0 and "filled in anew" in s.reason
    # The copy of an invoice keeps its own number: that is no new reference.
    invoice = page(1, "Invoice no. 27016\n" + LOREM_A)
    copied = page(2, "COMMERCIAL INVOICE\nInvoice no. 46460\n" + LOREM_B + f"\n{mark}")
    assert signal_references(ctx(copied, invoice)) is None
    # The word in a sentence or a title is no mark: "Official copy of register of title".
    for text in ("Official copy of register of title\n" + LOREM_A, LOREM_A + "\nkeep a copy."):
        assert signal_copy(ctx(page(2, text), letter)) is None


def test_a_page_that_refers_to_its_back_keeps_the_back() -> None:
    guarantee = page(1, "GUARANTEE\n" + LOREM_A + "\nsubject to the terms overleaf.\nSigned")
    terms = page(2, "Terms of this guarantee\n" + LOREM_B)
    s = signal_overleaf(ctx(terms, guarantee))
    assert s is not None and s.score == -OVERLEAF_WEIGHT
    assert signal_overleaf(ctx(terms, page(1))) is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Logistique Veron SAS\nFacture n. INV 23429\n" + LOREM_B + "\nPiece n. 2", "Piece n. 2"),
        ("Anlage K 1\nMIETVERTRAG UEBER GEWERBERAEUME\n" + LOREM_B, "Anlage K 1"),
        ("EXHIBIT JS1\nThis is the exhibit marked 'JS1'\n" + LOREM_B, "EXHIBIT JS1"),
        ("Stanwick Engineering plc\nInvoice no. INV 14593\n" + LOREM_B + "\nAnnex 1", "Annex 1"),
    ],
)
def test_an_exhibit_stamped_with_its_label_goes_with_the_pleading(text: str, label: str) -> None:
    pleading = page(1, "CONCLUSIONS EN DEFENSE\n" + LOREM_A + "\nBordereau des pieces")
    exhibit = page(2, text)
    s = signal_attachment(ctx(exhibit, pleading))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and label in s.reason


def test_an_exhibit_cited_in_the_body_is_no_label() -> None:
    lines = "\n".join(f"{k}. {LOREM_B[:60]}" for k in range(14))
    pleading = page(2, f"{lines}\n(Piece n. 3)\n{lines}")
    assert signal_attachment(ctx(pleading, page(1, LOREM_A))) is None


def test_a_page_without_the_label_of_the_exhibits_announced_is_none_of_them() -> None:
    defence = page(1, "Klageerwiderung\n" + LOREM_A + "\nAnlagen:\nB 1 - B 3")
    assert page_cues(defence).enclosure == "B 1 - B 3"
    statement = page(2, "Eidesstattliche Versicherung\n" + LOREM_B)
    s = signal_enclosure(ctx(statement, defence))
    assert s is not None and s.score == 0.0 and "lists exhibits" in s.reason
    exhibit = page(2, "Anlage B 1\nMIETVERTRAG\n" + LOREM_B)
    s = signal_enclosure(ctx(exhibit, defence))
    assert s is not None and s.score == -ENCLOSURE_WEIGHT
    # A named enclosure is not a list of exhibit labels.
    letter = page(1, "Dear Sir,\n" + LOREM_A + "\nEnclosure: MT700")
    assert signal_enclosure(ctx(statement, letter)).score == -ENCLOSURE_WEIGHT  # type: ignore[union-attr]


def test_a_page_headed_with_what_the_letter_hands_over_goes_with_it() -> None:
    letter = page(
        1,
        "Landratsamt Breisgau\nStadtstraße 2\nDatum 20. Mai 2024\nSehr geehrter Herr Lindner,\n"
        "anbei erhalten Sie die Niederschrift über die amtliche Kontrolle vom 12.05.2024.\n"
        + LOREM_A
        + "\nMit freundlichen Grüßen\nP. Öztürk",
    )
    assert "niederschrift" in page_cues(letter).handover
    # "anbei erhalten Sie" announces no enclosure on its own (it may hand over the page itself).
    assert page_cues(letter).enclosure is None
    report = page(
        2,
        "Landratsamt Breisgau\nNiederschrift über eine amtliche Kontrolle\nBetrieb\n" + LOREM_B,
        bottom="Seite 1 von 2",
    )
    s = signal_enclosure(ctx(report, letter))
    assert s is not None and s.score == -HANDED_OVER and "niederschrift" in s.reason
    assert starts([letter, report]) == [1]
    # A page headed otherwise is not what the letter handed over ...
    assert signal_enclosure(ctx(page(2, "Preisliste 2024\n" + LOREM_B), letter)) is None
    # ... nor is the sender's next letter that greets, whatever its head names.
    again = page(2, "Niederschrift\nSehr geehrter Herr Lindner,\n" + LOREM_B)
    assert signal_enclosure(ctx(again, letter)) is None
    # The English and French phrasing, with the name's inflection ("Kaufvertrages").
    assert "certificate" in page_cues(page(1, "We send you your certificate.")).handover
    french = page(1, "Madame,\n" + LOREM_A + "\nVous trouverez ci-joint le rapport d'audit.")
    assert "rapport" in page_cues(french).handover
    offer = "nous avons le plaisir de vous adresser notre proposition pour 56 convives."
    assert "proposition" in page_cues(page(1, "Madame,\n" + offer)).handover
    quote = "We are pleased to submit our quotation for the works."
    assert "quotation" in page_cues(page(1, "Dear Sir,\n" + quote)).handover
    draft = page(
        1, "Sehr geehrte Frau Roth,\nanbei übersenden wir Ihnen den Kaufvertrages Entwurf."
    )
    contract = page(2, "Entwurf\nKaufvertrag über Grundbesitz\n" + LOREM_B)
    s = signal_enclosure(ctx(contract, draft))
    assert s is not None and s.score < 0


def test_a_payslip_dated_by_its_period_counts_its_period_like_a_date() -> None:
    order = page(1, "PURCHASE ORDER\nOrder No. PO-8752\n" + LOREM_A)
    slip = page(2, "Greenleaf Property Management Pay period 2023-09\nEmployee: Emily Johnson\n")
    s = signal_first_page(ctx(slip, order))
    assert s is not None and "period 2023-09" in s.reason and s.score == 0.5
    # The next payslip carries a period too: `identity` weighs that one, not a date cue.
    again = page(3, "Greenleaf Property Management Pay period 2023-10\nEmployee: Emily Johnson\n")
    s = signal_first_page(ctx(again, slip))
    assert s is None or "period" not in s.reason


def test_sender_in_the_head() -> None:
    letter = page(1, "Hansa Pumpen AG\nBillstrasse 112\n20539 Hamburg\n" + LOREM_A)
    terms = page(2, "Conditions of Purchase\n1. Definitions\n" + LOREM_B)
    assert page_cues(letter).sender and not page_cues(terms).sender
    # A document's later pages (terms, a schedule, contents) rarely repeat the letterhead.
    s = signal_sender(ctx(terms, letter))
    assert s is not None and s.score == -SENDER_GONE and "page 1 had one" in s.reason
    # A head that names its sender after one that named none: a new letterhead.
    s = signal_sender(ctx(letter, terms))
    assert s is not None and s.score == SENDER_NEW and "none on page 2" in s.reason
    # A legal form alone names a sender; a postcode and town do too ("Leeds LS1 4DY").
    assert page_cues(page(1, "Sparkle & Shine Commercial Cleaning Ltd\n" + LOREM_A)).sender
    assert page_cues(page(1, "Acme Supplies\n12 Park Row, Leeds LS1 4DY\n" + LOREM_A)).sender
    assert page_cues(page(1, "Acme Supplies\nOrder 4471\n" + LOREM_A)).sender is False
    # A letter-spaced letterhead names its sender too.
    spaced = "F E N W I C K M O S S A R C H I T E C T S L T D DRAWING ISSUE SHEET\n"
    assert page_cues(page(1, spaced + LOREM_A)).sender
    assert page_cues(page(1, "C O N T E N T S\n" + LOREM_A)).sender is False
    # Both pages with the same sender, or both without: nothing to say.
    assert signal_sender(ctx(letter, letter)) is None
    assert signal_sender(ctx(terms, terms)) is None
    # Both with a sender, and the previous page carries none of this head's names: another
    # sender's letterhead.
    other = page(2, "Weser Sicherheitstechnik GmbH\nAm Wall 170, 28195 Bremen\n" + LOREM_B)
    s = signal_sender(ctx(other, letter))
    assert s is not None and s.score == SENDER_OTHER and "weser sicherheitstechnik gmbh" in s.reason
    # A report naming the organisation the letter was addressed to is no other sender.
    to_pumps = page(
        1, "Weser Sicherheitstechnik GmbH\nFor the attention of Hansa Pumpen AG\n" + LOREM_A
    )
    report = page(2, "Inspection report\nSite Hansa Pumpen AG\n20539 Hamburg\n" + LOREM_B)
    assert signal_sender(ctx(report, to_pumps)) is None
    # A list of receipts names suppliers in its rows: no sender of the page.
    receipts = page(
        2,
        "Belegliste - Abruf 2\nDatum Lieferant Beleg-Nr. Betrag\n"
        "13.07.2024 Druckerei Gebr. Ollig GmbH INV-96265 157,07\n" + LOREM_B,
    )
    assert not page_cues(receipts).sender and signal_sender(ctx(receipts, terms)) is None
    # A fax header's date does not make a letterhead a table row.
    fax = page(1, "12.03.2024 14:05 Hansa Pumpen AG\n" + LOREM_A)
    assert page_cues(fax).sender


def test_an_invoice_after_a_delivery_note_starts_a_document() -> None:
    head = "Thomas Apiculture SAS\n86 rue Abbé Thomas, 45450 Fay-aux-Loges\nClient n° C87701\n"
    note = page(
        1, head + "BON DE LIVRAISON\nN° BL630840\n12 cadres Dadant\n2 nourrisseurs", top=head
    )
    invoice = page(2, head + "FACTURE\nN° F-8730\n12 cadres Dadant 38,40\nTotal 52,80", top=head)
    s = signal_billed(ctx(invoice, note))
    assert s is not None and s.score == BILLED and "delivery note" in s.reason
    # The same customer number is no evidence against it, and under the same head the
    # invoice starts a document.
    same = signal_references(ctx(invoice, note))
    assert same is not None and same.score == 0.0
    assert starts([note, invoice]) == [1, 2]
    # A second invoice page and terms whose running text begins with "Invoice" are no bill
    # after a note.
    assert signal_billed(ctx(attrs.evolve(invoice, number=3), invoice)) is None
    terms = page(2, "Conditions of sale\nInvoice account are credit title price invoice will be")
    assert signal_billed(ctx(terms, note)) is None


def test_a_ticket_behind_the_same_sender_s_invoice_is_its_proof() -> None:
    invoice = page(
        1,
        "Levage Grosjean SAS\nZone Artisanale Nord, 68127 Sainte-Croix-en-Plaine\nFACTURE\n"
        "Facture n° F-2024-118\nGrue mobile 40 t, 6 h\nTotal TTC 1 872,00 €",
    )
    for title in ("BON D'INTERVENTION", "HIRE TICKET / TIMESHEET", "Lieferschein"):
        ticket = page(
            2,
            f"Levage Grosjean SAS\nZone Artisanale Nord, 68127 Sainte-Croix-en-Plaine\n{title}\n"
            "Chantier Église Saint-Martin\nArrivée 07:30 Départ 13:30",
            size=(227, 454),
        )
        s = signal_billed(ctx(ticket, invoice))
        assert s is not None and s.score == -TICKET_OF_INVOICE and "page 1" in s.reason, title
    assert starts([invoice, ticket]) == [1]
    # Another firm's delivery note after the invoice is a document of its own ...
    other = page(2, "Tonholz Fischer GmbH\nAm Bahnhof 7, 08258 Markneukirchen\nLIEFERSCHEIN\n")
    assert signal_billed(ctx(other, invoice)) is None
    # ... and so is the sender's note after its letter or after its own note.
    letter = page(1, "Levage Grosjean SAS\nZone Artisanale Nord\nMadame,\n" + LOREM_A)
    assert signal_billed(ctx(ticket, letter)) is None
    assert signal_billed(ctx(attrs.evolve(ticket, number=3), ticket)) is None


def test_a_voucher_slip_behind_a_letter_goes_with_it() -> None:
    letter = page(
        1, "Hilltop Hounds Ltd\nDear Mrs Whitaker,\n" + LOREM_A + "\nKind regards\nJ Holroyd"
    )
    voucher = page(
        2, "GIFT VOUCHER\nHilltop Hounds Ltd\n£20.00 off your next stay\nGV-7808 - valid until 2026"
    )
    s = signal_attachment(ctx(voucher, letter))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 1" in s.reason
    # Behind a form that is no letter, or as a long page (a voucher scheme's terms), it is not.
    form = page(1, "Booking form\nName: Lucy Whitaker\nDog: Ruby")
    assert signal_attachment(ctx(voucher, form)) is None
    long = attrs.evolve(voucher, text=voucher.text + "\n" + "\n".join(["Clause"] * 12))
    assert signal_attachment(ctx(long, letter)) is None


def test_a_direct_debit_mandate_after_the_terms_goes_with_the_contract() -> None:
    terms = page(2, "Terms and conditions of hire\n1. Definitions\n" + LOREM_B)
    mandate = page(
        3,
        "Instruction to your bank or building society to pay by Direct Debit\n"
        "Crema Business Solutions Ltd, 3 Ascot Business Park, Reading RG2 0QY\n"
        "Service user number 846068 Reference: MV-2025-7995\nName(s) of account holder(s)",
    )
    s = signal_attachment(ctx(mandate, terms))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 2" in s.reason
    sepa = attrs.evolve(mandate, text="Mandat de prélèvement SEPA\nGrain d'Or Distribution")
    assert signal_attachment(ctx(sepa, terms)) is not None
    firmen = attrs.evolve(mandate, text="SEPA-Firmenlastschrift-Mandat\nGläubiger-ID DE77ZZZ")
    assert signal_attachment(ctx(firmen, terms)) is not None
    # After a page that is no attachment (a club's letter), a mandate may be its own document.
    letter = page(2, "Dear member,\n" + LOREM_A)
    assert signal_attachment(ctx(mandate, letter)) is None
    # A hire's handover record after the hire terms goes with the hire agreement too.
    handover = page(
        3,
        "Arbeitsbühnen Hebewerk GmbH\nOstring 55, 33605 Bielefeld\nÜbergabeprotokoll\n"
        "Gerät: Scherenbühne 10 m\nZählerstand 1.284 h\n" + LOREM_B,
    )
    s = signal_attachment(ctx(handover, terms))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 2" in s.reason
    assert signal_attachment(ctx(handover, letter)) is None


def test_a_safety_data_sheet_behind_a_delivery_note_goes_with_it() -> None:
    note = page(
        1,
        "Pro-Nuisibles Diffusion\nZI Les Milans, 13700 Marignane\nBon n° LS-805975\n"
        "Date 24/05/2025\nBON DE LIVRAISON\nRM-ZN Oxyde de zinc, 1 kg 10 10\nReçu par",
    )
    sheet = page(
        2,
        "FICHE DE DONNÉES DE SÉCURITÉ\nconforme au règlement (CE) n° 1907/2006 (REACH)\n"
        "Oxyde de zinc\nRévision: 13/10/2024 Version 6.1\nPage 1/2",
    )
    s = signal_attachment(ctx(sheet, note))
    assert s is not None and s.score == -DATA_SHEET_WEIGHT and "page 1" in s.reason
    # The next product's sheet behind the first one still goes with the note that opened the
    # document.
    other = page(3, sheet.text.replace("Oxyde de zinc", "Carbonate de cobalt"))
    chained = attrs.evolve(ctx(other, sheet), open_first=(note, page_cues(note)))
    s = signal_attachment(chained)
    assert s is not None and "page 1" in s.reason
    # Behind an invoice that names its delivery note, a data sheet may be a document of its own.
    invoice = page(1, "Chemtrade Scientific\nDelivery note 09502629\nINVOICE\nNet £505.87")
    assert signal_attachment(ctx(sheet, invoice)) is None
    assert signal_attachment(ctx(sheet, page(1, "Dear Sir,\n" + LOREM_A))) is None


def test_the_second_thing_a_letter_hands_over_goes_with_it_too() -> None:
    letter = page(
        1,
        "Verband der Küchenfachhändler e.V.\nFriedrichstraße 95, 10117 Berlin\n"
        "Sehr geehrter Herr Becker,\nAnbei erhalten Sie Ihre Mitgliedsurkunde 2025 für Ihre\n"
        "Ausstellung sowie die Beitragsrechnung.\n" + LOREM_A + "\nMit freundlichen Grüßen",
    )
    certificate = page(
        2, "Verband der Küchenfachhändler e.V.\nMitgliedsurkunde\nBad & Küche Vogt GmbH\n"
    )
    bill = page(
        3,
        "Verband der Küchenfachhändler e.V.\nBeitragsrechnung 2025-0092\n"
        "Mitgliedsbeitrag 2025 960,00\n" + LOREM_B,
    )
    base = attrs.evolve(ctx(bill, certificate), open_first=(letter, page_cues(letter)))
    s = signal_enclosure(attrs.evolve(base, open_pages=(certificate, letter)))
    assert s is not None and s.score == -HANDED_OVER and "page 1" in s.reason
    # Further on, the letter's words no longer count ...
    later = attrs.evolve(base, open_pages=(certificate, page(2), letter))
    assert signal_enclosure(later) is None
    # ... nor does a word the first enclosure carries too (the person a certificate is for).
    named = attrs.evolve(certificate, text=certificate.text + "Beitragsrechnung folgt\n")
    base = attrs.evolve(ctx(bill, named), open_first=(letter, page_cues(letter)))
    assert signal_enclosure(attrs.evolve(base, open_pages=(named, letter))) is None


def test_a_long_handover_sentence_names_its_second_thing_below_an_address_block() -> None:
    # The second thing comes after a long first one; the bill's title stands below the
    # association's letterhead, its address, the club's address and three fields.
    letter = page(
        1,
        "Luftsportverband Landesverband e.V.\nHaus des Sports, 70372 Stuttgart\n"
        "Sehr geehrter Herr Neumann,\nanbei erhalten Sie die Übersicht Ihrer über den "
        "Rahmenvertrag versicherten Luftfahrzeuge für 2025 sowie die Beitragsrechnung auf "
        "Grundlage Ihrer Bestandserhebung.\n" + LOREM_A + "\nMit freundlichen Grüßen",
    )
    assert "beitragsrechnung" in page_cues(letter).handover
    overview = page(2, "Versicherungsübersicht 2025\nKennzeichen Muster Prämie\n" + LOREM_B)
    head = [
        "LL",
        "Luftsportverband Landesverband e.V.",
        "Haus des Sports, Fritz-Walter-Weg 19",
        "70372 Stuttgart",
        "accounts@luftsportver.de",
        "Luftsportverband Landesverband e.V., Haus des Sports, 70372 Stuttgart",
        "Segelfliegergruppe Hohe Rhön e.V.",
        "Fliegerweg 4",
        "36129 Gersfeld",
        "Rechnung 42726",
        "Vereins-Nr. 1541",
        "Datum 15. April 2025",
        "Beitragsrechnung Verband",
    ]
    bill = page(3, "\n".join(head) + "\nAktive Mitglieder 73 58,00 4.234,00\n" + LOREM_B)
    base = attrs.evolve(ctx(bill, overview), open_first=(letter, page_cues(letter)))
    s = signal_enclosure(attrs.evolve(base, open_pages=(overview, letter)))
    assert s is not None and s.score == -HANDED_OVER and "beitragsrechnung" in s.reason


def test_a_broker_s_letter_keeps_the_insurer_s_schedule_it_hands_over() -> None:
    # The schedule has the insurer's own letterhead, date and "Seite 1 von 2": what the
    # letter hands over still outweighs them.
    letter = page(
        1,
        "Assekuranz Weber GmbH\nKönigsallee 12\n40212 Düsseldorf\nDatum 04.02.2025\n"
        "Sehr geehrte Damen und Herren,\nanbei erhalten Sie den Versicherungsschein für Ihre "
        "Betriebshaftpflicht.\n" + LOREM_A + "\nMit freundlichen Grüßen\nJ. Weber",
    )
    schedule = page(
        2,
        "Rheinland Versicherung AG\nRheinallee 40\n50667 Köln\nVersicherungsschein "
        "BH-2025-48811\nDatum 04.02.2025\n" + LOREM_B,
        bottom="Seite 1 von 2",
    )
    assert starts([letter, schedule]) == [1]


def test_a_letter_that_encloses_and_names_the_schedule_keeps_it() -> None:
    # "ci-joint" announces an enclosure (3.0) and names it: the insurer's "Conditions
    # particulières" with its own letterhead and "Page 1/1" is that enclosure (5.0).
    letter = page(
        1,
        "Montagne Courtage SARL\n27 avenue de Genève\n74000 Annecy\nMonsieur,\nveuillez "
        "trouver ci-joint les conditions particulières de votre contrat.\n"
        + LOREM_A
        + "\nNous vous prions d'agréer nos salutations distinguées.\nN. Chevallier",
    )
    assert page_cues(letter).enclosure is not None
    schedule = page(
        2,
        "Mutuelle des Sports de Montagne\nService sinistres, BP 217, 73002 Chambéry\n"
        "CONDITIONS PARTICULIÈRES\nN° de contrat Y2430024\n" + LOREM_B,
        bottom="Page 1/1",
    )
    s = signal_enclosure(ctx(schedule, letter))
    assert s is not None and s.score == -HANDED_OVER and "conditions" in s.reason
    assert starts([letter, schedule]) == [1]


def test_what_a_letter_hands_over_is_looked_for_below_a_long_letterhead() -> None:
    refund = page(
        1,
        "Jack Whitaker\nDate 03/09/2024\nDear Sir or Madam,\n"
        + LOREM_A
        + "\nAttachments: certificate.pdf\nYours faithfully\nJ. Whitaker",
    )
    doctor = page(
        2,
        "CA\nCabinet médical des Arolles - Médecins de montagne\nRue de la Croisette\n"
        "73120 Courchevel\nTél. 56 82 97 72\nbookings@cabinet.fr\nCERTIFICAT MÉDICAL\n" + LOREM_B,
    )
    s = signal_enclosure(ctx(doctor, refund))
    assert s is not None and s.score == -HANDED_OVER and "certificat" in s.reason.lower()


@pytest.mark.parametrize(
    ("sentence", "named"),
    [
        ("comme l'atteste le certificat joint.", "certificat"),
        ("(siehe beiliegendes Attest).", "attest"),
        ("Please check the enclosed schedule.", "schedule"),
        ("Pièces jointes: certificate.pdf", "certificate"),
    ],
)
def test_what_an_enclosure_is_called_is_what_the_letter_hands_over(
    sentence: str, named: str
) -> None:
    refund = page(1, "Madame, Monsieur,\n" + LOREM_A + "\n" + sentence + "\n" + LOREM_B)
    assert named in page_cues(refund).handover


def test_the_schedule_a_contract_says_is_part_of_it_goes_with_it() -> None:
    # The contract's last page says its timetable (Schedule 1) is part of it; the timetable
    # comes on the school's letterhead, whose e-mail address "hello@..." greets nobody.
    contract = page(
        2,
        "Contract - Helen Hughes\n14. General\n"
        + LOREM_A
        + "\nThe timetable in Schedule 1 forms part of this contract.",
        bottom="Page 2 of 2",
    )
    assert "schedule" in page_cues(contract).handover
    timetable = page(
        3,
        "Jennings School of Dance\nThe Studios, 4 Chapel Street\nGuildford GU1 3UH\n"
        "hello@jennings.co.uk\nSchedule 1 - Timetable 2024/25\nTime Mon Tue Wed\n" + LOREM_B,
    )
    assert not page_cues(timetable).salutation
    s = signal_enclosure(ctx(timetable, contract))
    assert s is not None and s.score == -HANDED_OVER and "schedule" in s.reason
    # German and French contracts say it so.
    for sentence, named in [
        ("Der Stundenplan (Anlage 1) ist Bestandteil dieses Vertrags.", "anlage"),
        ("Le planning (annexe 2) fait partie intégrante du contrat.", "annexe"),
    ]:
        assert named in page_cues(page(2, LOREM_A + "\n" + sentence)).handover
    # A schedule merely mentioned is not said to be part of anything.
    assert page_cues(page(2, LOREM_A + "\nSee Schedule 1 for the hours.")).handover == ()


def test_the_schedule_of_the_policy_a_letter_is_about_goes_with_it() -> None:
    # A renewal letter under "Policy CT 98 638 437" that encloses nothing by name, then the
    # insurer's schedule for that policy, with its own letterhead and "Page 1 of 1".
    letter = page(
        1,
        "Sportscover Direct Ltd\nMinster House, Hull Road, York YO10 3JB\nTel 01904 611 340\n"
        "Calderbridge Ice Arena Ltd\nPolicy CT 98 638 437\nDate 03/07/2024\n"
        "Renewal of your combined leisure policy\nDear Mrs Akhtar,\n"
        + LOREM_A
        + "\nKind regards\nE. Mitchell",
    )
    schedule = page(
        2,
        "NORTHERN MUTUAL INSURANCE PLC\nPOLICY SCHEDULE\nPolicy no. CT 98 638 437\nInsured\n"
        "Calderbridge Ice Arena Ltd\n" + LOREM_B,
        bottom="Page 1 of 1",
    )
    s = signal_attachment(ctx(schedule, letter))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "CT 98 638 437" in s.reason
    assert starts([letter, schedule]) == [1]
    # Another policy's schedule is no part of the letter ...
    other = page(2, schedule.text.replace("CT 98 638 437", "CT 70 704 065"))
    assert signal_attachment(ctx(other, letter)) is None
    # ... nor does the insurer's own telephone number, on its letter and its schedule, make it
    # one, nor a date both give.
    insurer = page(
        1,
        "La Sauvegarde du Rhône IARD Tél. 04 72 60 33 10\nMadame,\nVotre sinistre du "
        "28/06/2025\n" + LOREM_A,
    )
    conditions = page(
        2,
        "La Sauvegarde du Rhône IARD Tél. 04 72 60 33 10\nCONDITIONS PARTICULIERES\n"
        "N. de contrat\nAUT 220 273 87\nPériode 28/06/2025 - 27/06/2026\n" + LOREM_B,
    )
    assert signal_attachment(ctx(conditions, insurer)) is None


def test_the_till_s_z_report_goes_with_the_cash_up_sheet() -> None:
    cash_up = page(1, "Harbour Lane Playhouse BOX OFFICE CASH-UP\nDate\n26/12/2025\n" + LOREM_A)
    slip = page(
        2, "Harbour Lane Playhouse\n14 Harbour Lane\nScarborough YO11 1PB\n*** Z-REPORT ***\n"
    )
    s = signal_attachment(ctx(slip, cash_up))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "Z-REPORT" in s.reason
    assert starts([cash_up, slip]) == [1]


def test_a_sample_submission_form_goes_with_the_laboratory_s_report() -> None:
    report = page(
        1,
        "Aquacheck Laboratories Ltd\nAccredited water analysis\nUnit 9, Sheaf Bank\n"
        "Sheffield S2 3DA\nFenland Drilling & Geothermal\nTest Report QQ05-33801\n" + LOREM_A,
        bottom="Page 1 of 2",
    )
    results = page(2, "Aquacheck Laboratories Ltd - Test Report QQ05-33801\n" + LOREM_B)
    form = page(
        3,
        "CHAIN OF CUSTODY / SAMPLE SUBMISSION Aquacheck Laboratories Ltd\nCustomer\n"
        "Fenland Drilling & Geothermal\n" + LOREM_A,
    )
    chained = attrs.evolve(ctx(form, results), open_first=(report, page_cues(report)))
    s = signal_attachment(chained)
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 1" in s.reason
    # The customer's own chain of custody record after the laboratory's report is a document
    # of its own ...
    own = page(3, "Forest Holiday Parks Ltd\nCHAIN OF CUSTODY RECORD No. COC-03654\n" + LOREM_A)
    assert signal_attachment(attrs.evolve(chained, page=own)) is None
    # ... and so is the laboratory's blank behind another of its blanks.
    blank = page(
        2, "Analytik Institut Neckar GmbH\nPROBENBEGLEITSCHEIN / UNTERSUCHUNGSAUFTRAG\n" + LOREM_B
    )
    assert signal_attachment(ctx(blank, attrs.evolve(blank, number=1))) is None


def test_a_supplier_s_certificate_of_analysis_goes_with_its_invoice() -> None:
    invoice = page(
        1,
        "Huiles & Beurres de Provence\nZA Les Paluds, 13400 Aubagne\nFACTURE\n"
        "Facture n° RE-2025-9146\n" + LOREM_A,
    )
    first = page(
        2,
        "Huiles & Beurres de Provence\nZA Les Paluds, 13400 Aubagne\nCERTIFICAT D'ANALYSE\n"
        "Produit Huile essentielle géranium rosat\nLot 24-118\n" + LOREM_B,
    )
    s = signal_attachment(ctx(first, invoice))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 1" in s.reason
    # The next product's certificate still goes with the invoice that opened the document.
    second = page(3, first.text.replace("géranium rosat", "romarin à cinéole"))
    chained = attrs.evolve(ctx(second, first), open_first=(invoice, page_cues(invoice)))
    s = signal_attachment(chained)
    assert s is not None and "page 1" in s.reason
    assert starts([invoice, first, second]) == [1]
    # A laboratory's certificate after another firm's invoice is a document of its own ...
    lab = page(2, "Calder Brewing Analysis Ltd\nCERTIFICATE OF ANALYSIS RU56563\n" + LOREM_B)
    assert signal_attachment(ctx(lab, invoice)) is None
    # ... and so is the supplier's certificate behind a letter, or behind its own certificate.
    letter = page(1, "Huiles & Beurres de Provence\nMadame,\n" + LOREM_A)
    assert signal_attachment(ctx(first, letter)) is None
    assert signal_attachment(ctx(second, first)) is None


def test_a_page_headed_enclosure_goes_with_the_page_before() -> None:
    complaint = page(1, "Parkfield Construction plc\nDear Mr Hussain,\n" + LOREM_A)
    for head in ("Enclosure", "Anlage", "Pièce jointe", "Attachment 2"):
        photo = page(2, f"{head}\nCAM 07 03/05/2024 13:16\n" + LOREM_B)
        s = signal_attachment(ctx(photo, complaint))
        assert s is not None and s.score == -ATTACHMENT_WEIGHT, head
    # The word in a line that goes on is no such title.
    fence = page(2, "Enclosure fencing - quotation\n" + LOREM_B)
    assert page_cues(fence).attachment is None


def test_a_utility_bill_behind_a_passport_copy_is_the_proof_of_address() -> None:
    passport = page(3, "PASSPORT GBR\nSurname\nWHITAKER\nGiven names\nJAMES")
    bill = page(
        4,
        "Yorkshire Water\nMr James Whitaker\n135 Oxford Road\nSheffield S11 8YB\n"
        "Your water bill\nAccount number 1461\n21 November 2024\nAmount due £84.20",
    )
    s = signal_attachment(ctx(bill, passport))
    assert s is not None and s.score == -PROOF_OF_ADDRESS and "page 3" in s.reason
    # Behind anything else, a bill is the supplier's own document.
    assert signal_attachment(ctx(bill, page(3, "Dear Sir,\n" + LOREM_A))) is None


def test_a_certificate_of_insurance_of_the_policy_s_day_goes_with_it() -> None:
    schedule = page(2, "Vehicle schedule - policy FLT/073047/OJ\nEffective 01/04/2025\n" + LOREM_A)
    certificate = page(
        3,
        "CERTIFICATE OF MOTOR INSURANCE\nRoad Traffic Act 1988 - Part VI\n"
        "1. Certificate number 80531018\nDate of issue 01/04/2025\n" + LOREM_B,
    )
    s = signal_attachment(ctx(certificate, schedule))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT and "page 2" in s.reason
    # Behind the insurer's certificate of that day, it is the next one.
    first = page(2, certificate.text.replace("80531018", "80531017"))
    assert signal_attachment(ctx(certificate, first)) is None
    # Issued on another day, it may be the next policy's certificate.
    later = attrs.evolve(certificate, text=certificate.text.replace("01/04/2025", "24/03/2026"))
    assert signal_attachment(ctx(later, schedule)) is None


def test_a_certificate_of_insurance_for_the_open_schedule_s_period_goes_with_it() -> None:
    schedule = page(
        1,
        "Assekuranzkontor Oberpfalz GmbH\nVersicherungsschein KF-15-534363\n"
        "Laufzeit 01.08.2025 - 31.07.2026\n" + LOREM_A,
    )
    vehicles = page(2, "Fahrzeugliste\nR-QW 2453 Mercedes-Benz Sprinter 314 CDI 2020\n" + LOREM_A)
    certificate = page(
        3,
        "VERSICHERUNGSBESTÄTIGUNG\nNr. 34300369\nBeginn 01.08.2025\nAblauf 31.07.2026\n" + LOREM_B,
        size=(595, 420),
    )
    base = ctx(certificate, vehicles)
    s = signal_attachment(attrs.evolve(base, open_pages=(vehicles, schedule)))
    assert s is not None and s.score == -ATTACHMENT_WEIGHT
    # Another period: the next policy's certificate, a document of its own.
    other = attrs.evolve(certificate, text=certificate.text.replace("2025", "2024"))
    base = ctx(other, vehicles)
    assert signal_attachment(attrs.evolve(base, open_pages=(vehicles, schedule))) is None

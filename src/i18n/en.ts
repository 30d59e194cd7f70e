// English wording of the card. Our own sentences; facts from Microsoft's consumer guidance.

import type { Catalogue } from "./catalogue";

export const en: Catalogue = {
  language: "en",
  appName: "Impostor Guard",
  headline: {
    danger: "Scam using Microsoft's name",
    caution: "Be careful: this may misuse Microsoft's name",
    none: "No known scam pattern found",
  },
  summary: {
    danger: "This message pretends to come from Microsoft and follows a known scam. Do not act on it.",
    caution:
      "This message presents itself as Microsoft, but parts of it do not add up. Check before you act.",
    none: "Impostor Guard found no sign of a scam in Microsoft's name. That is not a guarantee the message is safe.",
  },
  genuineMicrosoft: "Sent from Microsoft's own domain {domain}, and the receiving server verified it.",
  patternTitle: {
    "tech-support": "Fake Microsoft technical support",
    lottery: "Fake Microsoft lottery or prize",
    "license-validation": "Fake licence or billing check",
    "security-update": "Fake security update",
    "account-credential": "Fake Microsoft account or Microsoft 365 notice",
  },
  patternExplanation: {
    "tech-support":
      "Someone poses as Microsoft support, claims your computer has a problem or that you were billed, and wants you to call or let them connect to your PC. Microsoft does not contact people unasked to fix their computers.",
    lottery:
      "The message says you won a Microsoft lottery or prize and asks for a fee or your bank or identity details. Microsoft runs no lottery.",
    "license-validation":
      "The message says your Windows, Office or Microsoft 365 licence or payment has a problem and asks for card or personal data. Checking that Windows is genuine never needs a card number or details that identify you.",
    "security-update":
      "An unrequested mail offers a security update as an attachment or a download from a site that is not Microsoft's. Microsoft sends security notices only to subscribers, never attaches software, and publishes every notice on its website.",
    "account-credential":
      "The message uses a Microsoft account, Outlook or Microsoft 365 story (unusual sign-in, full mailbox, password expiry, closure, shared file) to get you to sign in or send data through a link that does not lead to Microsoft.",
  },
  confidence: { high: "strong match", medium: "partial match", low: "weak match" },
  signal: {
    "brand-in-display-name": "Sender name claims Microsoft",
    "brand-in-subject": "Subject uses Microsoft's name",
    "claim-signature": "Signs as a Microsoft team",
    "account-reference": "Refers to your Microsoft account or product",
    "microsoft-address-unverified": "Uses a Microsoft address that could not be verified",
    "microsoft-address-failed-authentication": "Uses a Microsoft address but failed the sender checks",
    "disguised-brand": "Microsoft's name written in disguise",
    "lookalike-domain-confusable-characters": "Look-alike domain (swapped letters or digits)",
    "lookalike-domain-punycode": "Look-alike domain (foreign letters)",
    "lookalike-domain-misspelt-brand": "Look-alike domain (misspelt brand)",
    "lookalike-domain-brand-in-domain": "Microsoft's name inside someone else's domain",
    "free-mail-sender": "Sent from a free mail address",
    "sender-not-microsoft": "Sent from a domain that is not Microsoft's",
    "reply-to-elsewhere": "Replies go to a different address",
    "link-text-mismatch": "Link text shows a different site than it opens",
    "link-shortener": "Link hides its destination behind a shortener",
    "link-ip-address": "Link goes to a bare IP address",
    "link-script": "Link runs a script",
    "brand-link-off-microsoft": "Link labelled Microsoft leads elsewhere",
    "link-off-microsoft": "Link leads outside Microsoft",
    "microsoft-never-attaches-programs": "Program attached: Microsoft never mails programs",
    "virus-alarm": "Virus or security alarm",
    "support-offer": "Offers technical support",
    "invoice-renewal": "Invoice, renewal or charge",
    "call-request": "Asks you to call",
    "remote-access": "Asks for remote access to your PC",
    "phone-number": "Phone number to call",
    "prize-win": "Says you won a prize",
    "release-fee": "Asks for a fee or to claim winnings",
    "licence-problem": "Licence, activation or billing problem",
    "card-request": "Asks for card or bank details",
    "personal-data-request": "Asks for personal data",
    "update-pretext": "Security update or vulnerability",
    "install-request": "Asks you to install or open a file",
    "account-threat": "Threatens your account",
    "mailbox-storage": "Mailbox full or messages held",
    "password-expiry": "Password expiry or reset",
    "terms-update": "New terms or policy to accept",
    "shared-document": "Shared document",
    "verify-request": "Asks you to sign in or verify",
    urgency: "Pressure to act fast",
    "attachment-executable": "Attached program",
    "attachment-script": "Attached script",
    "attachment-archive": "Attached archive",
    "attachment-disk-image": "Attached disk image",
    "attachment-html": "Attached web page",
    "attachment-macro-document": "Attached document with macros",
  },
  location: {
    subject: "subject",
    "from-name": "sender name",
    "from-address": "sender address",
    sender: "sender",
    "reply-to": "reply-to",
    "return-path": "return path",
    body: "message text",
    link: "link",
    header: "headers",
    attachment: "attachment",
  },
  advice: {
    "do-not-click": "Do not click links or buttons in this message.",
    "do-not-reply-with-data": "Never send passwords, card numbers or personal details in reply.",
    "do-not-call": "Do not call any phone number given in the message.",
    "hang-up": "If someone calls claiming to be Microsoft support, hang up.",
    "do-not-open-attachment": "Do not open the attachment.",
    "do-not-scan-qr": "Do not scan the QR code with your phone.",
    "no-lottery": "There is no Microsoft lottery: any win is invented.",
    "genuine-validation-never-asks-card":
      "Checking that Windows is genuine never needs your card or identity details.",
    "updates-only-from-windows-update": "Get updates only through Windows Update or Microsoft's own website.",
    "sign-in-directly": "To check your account, type account.microsoft.com yourself instead of using a link.",
    delete: "Delete the message.",
    report: "Report it as phishing.",
    "if-paid-contact-bank":
      "If you already paid or gave card details, contact your bank or card company now.",
    "police-report":
      "If you lost money, report it to the police; the report also helps Microsoft work with law enforcement.",
  },
  infoBar: {
    danger: "Impostor Guard: scam in Microsoft's name ({pattern}). Do not click links or reply.",
    caution: "Impostor Guard: this message claims to be Microsoft but does not add up. Check before you act.",
  },
  sections: {
    claim: "Why it looks like Microsoft",
    evidence: "Evidence in this message",
    whatToDo: "What to do now",
    otherSignals: "Other warning signs",
    authentication: "Sender checks",
    notChecked: "Not checked",
    diagnostics: "Diagnostics",
    settings: "Settings",
    officialGuidance: "Microsoft's guidance on scams that misuse its name",
    realDestination: "really goes to",
    sentFrom: "sent from",
    moreEvidence: "Show {count} more",
  },
  parts: {
    headers: "internet headers",
    authentication: "sender authentication results",
    sender: "sender",
    subject: "subject",
    text: "plain-text body",
    html: "HTML body",
    attachments: "attachments",
  },
  status: {
    loading: "Checking this message…",
    noItem: "Select a message to check it.",
    officeFailed:
      "Outlook did not let Impostor Guard read part of this message. The result below uses only what could be read.",
    skippedCharacters: "The message is very long: {count} characters at the end were not checked.",
    skippedLinks: "{count} links beyond the first were not checked.",
  },
  demo: {
    title: "Try Impostor Guard",
    intro:
      "You are not in Outlook. Pick a sample message, or open or paste an .eml file; it is checked here in your browser and sent nowhere.",
    pickSample: "Sample message",
    dropFile: "Drop an .eml file here",
    chooseFile: "Open .eml file",
    pasteLabel: "Or paste the message source",
    analysePasted: "Check pasted message",
    unreadable: "This file could not be read as an email: {reason}",
  },
  report: {
    button: "Report as phishing",
    sent: "A report to {address} is open with this message attached: send it to finish.",
    failed: "Reporting failed: {reason}",
    reportOpenedMovedToJunk:
      "A report addressed to {address} is open with this message attached. Send it, then the message is moved to Junk.",
    reportNotPrepared:
      "Impostor Guard could not prepare the report ({reason}). Forward the message as an attachment to {address}.",
  },
  settingsLabels: {
    reportAddress: "Send reports to",
    showInfoBar: "Show a warning bar inside the message",
    language: "Language",
    languageAuto: "Same as Outlook",
    save: "Save",
    saved: "Saved",
  },
  platform: {
    pinHint:
      "Pin this pane (the pin at its top) and Impostor Guard checks every message you select by itself.",
    checksWhenAsked:
      "In this Outlook, Impostor Guard checks a message only when you ask: select Check for scam on each message you want checked.",
    reportOpened: "A report to {address} is open with this message attached. Send it to finish.",
    reportFailed:
      "Outlook did not open the report. Forward this message as an attachment to {address} yourself; Diagnostics shows why.",
    reportUnavailable:
      "This Outlook cannot open a report from Impostor Guard. Forward this message as an attachment to {address} yourself.",
    settingsNotKept:
      "Outlook did not keep your settings. They apply until you close this pane; select Save to try again. Diagnostics shows why.",
  },
};

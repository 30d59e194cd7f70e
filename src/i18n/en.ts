// English words for the first screen, the pane, the demo and the Report dialog. Our own sentences;
// the facts come from Microsoft's consumer guidance (../shared/seed) and, for Microsoft's filter
// verdicts, from Microsoft's "Anti-spam message headers", SCL, BCL and anti-spoofing pages as
// src/classifier/data/microsoftVerdict.ts cites them.

import type { Catalogue } from "./catalogue";

export const en: Catalogue = {
  language: "en",
  languageName: "English",
  appName: "Impostor Guard",
  headline: {
    danger: "Scam using Microsoft's name",
    caution: "Be careful: this may misuse Microsoft's name",
    none: "No known scam pattern found",
  },
  filterHeadline: "Be careful: Microsoft's own filter flagged this message",
  summary: {
    danger: "This message pretends to come from Microsoft. Do not act on it.",
    caution: "Parts of this message do not add up. Check before you act.",
    none: "Impostor Guard found no sign of a scam in Microsoft's name. That is not a guarantee the message is safe.",
  },
  genuineMicrosoft: "Sent by Microsoft: the receiving server verified that it came from {domain}.",
  protectedContent:
    "Its content is protected by Microsoft's message encryption and opens on Microsoft's site, so it was not checked. Open it only if you expected a protected message from {domain}.",
  patternTitle: {
    "tech-support": "Fake Microsoft technical support",
    lottery: "Fake Microsoft lottery or prize",
    "license-validation": "Fake licence or billing check",
    "security-update": "Fake security update",
    "account-credential": "Fake Microsoft account or Microsoft 365 notice",
  },
  generalRuleTitle: "Mail in Microsoft's name from someone else",
  reason: {
    // The sentence itself comes from `filterThreat` below, for the kind of threat the filter found.
    "filter-verdict": "{verdict}",
    "claims-but-sent-from": "It says it is from Microsoft, but it was sent from {domain}.",
    "claims-but-unverified":
      "It shows the Microsoft address {address}, but nothing confirms Microsoft sent it.",
    "lookalike-sender": "It was sent from {domain}, a name made to look like Microsoft's.",
    "disguised-brand": "It writes Microsoft's name in disguise, “{text}”, a trick to slip past filters.",
    "link-goes-to": "The link “{label}” goes to {host}, not to Microsoft.",
    "asks-to-call": "It asks you to call {number}. Microsoft does not send mail asking you to phone it.",
    "attachment-program":
      "It carries {name}, a file that can run code. Microsoft never sends programs or updates by mail.",
    "attachment-document": "It wants you to open the attached file {name}.",
    "asks-to-scan-qr":
      "It asks you to scan a QR code, which opens a site on your phone that you cannot check first.",
    "asks-to-write": "It asks you to write to {address}, which is not Microsoft.",
    "asks-for-card": "It asks for card or bank details or a payment. Microsoft never asks for these by mail.",
    "asks-for-data":
      "It asks you to send personal details. Microsoft does not ask for them in unexpected mail.",
    "asks-for-remote-access":
      "It wants someone to connect to your computer: that is how fake support takes it over.",
    "no-lottery": "There is no Microsoft lottery: any prize in Microsoft's name is made up.",
    "carried-by-service": "Microsoft's {service} delivered it, but someone else wrote the text.",
  },
  carrier: {
    sharepoint: "SharePoint or OneDrive",
    teams: "Teams",
    "azure-invitation": "invitation service",
    forms: "Forms",
    encryption: "message encryption",
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
  filterThreat: {
    phish: "Microsoft's own filter judged this message to be phishing.",
    "high-confidence-phish": "Microsoft's own filter is almost certain this message is phishing.",
    spoof: "Microsoft's own filter found that the sender's address is most likely forged.",
    impersonation:
      "Microsoft's own filter found that the sender poses as someone else, such as a well-known brand or a person you know.",
    malware: "Microsoft's own filter found malware in this message.",
  },
  sections: {
    why: "Why we think so",
    whatToDo: "What to do now",
    moreSteps: "More steps",
    howItWorks: "How this scam works",
    sender: "Who really sent it",
    evidence: "Evidence in this message",
    afterActing: "If you already clicked, called or paid",
    reportInOutlook: "Reporting it in Outlook",
    notChecked: "Not checked",
    diagnostics: "Diagnostics",
    settings: "Settings",
    officialGuidance: "Microsoft's advice on scams that misuse its name",
    loadingDetails: "Loading…",
  },
  hiddenCharacter: "hidden character",
  parts: {
    headers: "who really sent it (Outlook did not give the message's delivery details)",
    sender: "the sender",
    subject: "the subject",
    text: "the plain message text",
    html: "the formatted message text",
    attachments: "the attachments",
  },
  status: {
    loading: "Checking this message…",
    loadingPane: "The report button and the details are loading…",
    noItem: "Select a message to check it.",
    officeFailed:
      "Outlook did not let Impostor Guard read part of this message. The result below uses only what could be read.",
    skippedCharacters: "The message is very long: {count} characters at the end were not checked.",
    skippedLinks: "{count} links beyond the first were not checked.",
  },
  report: {
    button: "Report as phishing",
    explain:
      "Opens a report with this message attached, addressed to your reporting address; you send it yourself.",
  },
};

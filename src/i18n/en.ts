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
    // The sentence itself comes from `microsoftVerdict` below, for the most telling value.
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
  microsoftVerdict: {
    category: {
      AMP: "Microsoft's malware protection dealt with this message.",
      BIMP: "Microsoft's filter found that this message poses as a well-known brand.",
      BULK: "Microsoft's filter sorted this message as bulk mail, such as newsletters or adverts.",
      DIMP: "Microsoft's filter found that the sender's domain imitates one your organisation protects.",
      FTBP: "Microsoft blocked an attachment of a type your organisation does not accept.",
      GIMP: "Microsoft's filter, which knows whom you usually write with, found the sender posing as one of them.",
      HPHSH: "Microsoft's filter is highly confident that this message is phishing.",
      HPHISH: "Microsoft's filter is highly confident that this message is phishing.",
      HSPM: "Microsoft's filter is highly confident that this message is spam.",
      INTOS: "Microsoft's filter found this to be phishing sent from inside your organisation.",
      MALW: "Microsoft's filter found malware in this message.",
      OSPM: "Microsoft's filter found this to be spam sent out by a Microsoft 365 organisation.",
      PHSH: "Microsoft's filter marked this message as phishing.",
      SAP: "Microsoft's Safe Attachments check acted on an attachment of this message.",
      SPM: "Microsoft's filter marked this message as spam.",
      SPOOF: "Microsoft's filter found that the sender address shown is probably forged.",
      UIMP: "Microsoft's filter found the sender posing as a particular person your organisation protects.",
      NONE: "Microsoft's filter gave this message no threat category. Many scams get past it, so this proves little.",
    },
    filterVerdict: {
      BLK: "The sender is on your Blocked Senders list, so the message was blocked without further checks.",
      NSPM: "Microsoft's spam filter checked the message and did not find spam.",
      SFE: "The sender is on your Safe Senders list, so the spam check was skipped.",
      SKA: "An allow list of your organisation let this sender skip the spam check.",
      SKB: "A block list of your organisation marked this sender's message as spam.",
      SKI: "The spam check was skipped because your organisation allows the sending server.",
      SKN: "A rule set by your organisation's administrators let the message skip the spam check.",
      SKQ: "The message was held in quarantine and later released to you.",
      SKS: "A rule of your organisation, or its own mail server, marked the message as spam before the spam check.",
      SPM: "Microsoft's spam filter marked the message as spam.",
    },
    safetyTip: {
      "9.11": "The sender claims to be from your own organisation, but Microsoft could not confirm it.",
      "9.19": "Microsoft warns that the sender may be imitating a domain your organisation is linked to.",
      "9.20": "Microsoft warns that the sender may be imitating someone who has written to you before.",
      "9.22": "The sender shows an outside address that Microsoft could not confirm as genuine.",
      "9.25": "You rarely or never get mail from this sender.",
    },
    compauth: {
      "explicit-fail":
        "The sender's domain asks for mail like this to be refused, and this message failed its check.",
      "implicit-fail": "Microsoft could not confirm that the sender address is genuine.",
      "policy-prohibits": "Your organisation has forbidden this sender to use this address.",
      "own-domain-spoofed":
        "It looks as if it came from your own organisation, but it failed the check for that.",
      "arc-override":
        "The sender check passed because a mail service Microsoft trusts vouched for the original result.",
      pass: "Microsoft confirmed the sender address. That tells who sent it, not whether it is honest.",
      "soft-pass": "Microsoft found some, but no strong, signs that the sender address is genuine.",
      "not-checked": "Microsoft did not check whether the sender address is genuine.",
      bypassed: "The sender-address check was skipped for this message.",
      "delivery-report": "It is a genuine delivery report, so the domain's strict rules were not applied.",
      "pass-history":
        "The domain's strict rules were not applied because mail along this route has a good record here.",
    },
    scl: {
      skipped: "The message skipped Microsoft's spam check.",
      clean: "Microsoft's spam check rated the message as not spam.",
      spam: "Microsoft's spam check rated the message as spam.",
      "high-confidence-spam": "Microsoft's spam check rated the message as spam, with high confidence.",
    },
    bcl: {
      "not-bulk": "It is not from a bulk sender.",
      "bulk-few-complaints": "It is bulk mail from a sender that draws few complaints.",
      "bulk-mixed": "It is bulk mail from a sender that draws some complaints.",
      "bulk-many-complaints": "It is bulk mail from a sender that draws many complaints.",
    },
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

// English words for the card's "more" sections. Our own sentences. Sources of the facts (taken
// 2026-11-29):
//   seed      ../shared/seed (Microsoft's consumer guidance on scams misusing its name): the general
//             rule and the five stories.
//   MS-TSS    https://learn.microsoft.com/defender-endpoint/malware/support-scams ("What to do if
//             information has been given to a tech support person": uninstall what the scammers had
//             installed, full scan, change passwords, watch sign-ins, contact your bank; report at
//             www.microsoft.com/reportascam).
//   MS-PW     https://support.microsoft.com/help/4026838 ("Change your Microsoft account password",
//             at account.microsoft.com).
//   FTC-GIFT  the US Federal Trade Commission's gift card scam advice, https://www.ftc.gov/giftcards
//             (report to the gift card company at once, keep the card and receipt, ask for the money
//             back).
//   MS-REPORT https://learn.microsoft.com/defender-office-365/submissions-outlook-report-messages and
//             .../submissions-users-report-message-add-in-configure: Microsoft Defender "Report
//             messages in Outlook" and the Report Message add-in (which clients have the built-in Report
//             button, what it does in an organisation). Personal accounts: no Microsoft page found, so
//             nothing is claimed.

import type { DetailsCatalogue } from "./catalogue";

export const detailsEn: DetailsCatalogue = {
  language: "en",
  patternExplanation: {
    "tech-support":
      "Someone poses as Microsoft support, claims your computer has a problem or that you were billed, and wants you to call or to let them connect to your PC. Microsoft does not contact people unasked to fix their computers.",
    lottery:
      "The message says you won a Microsoft lottery or prize and asks for a fee or your bank or identity details. Microsoft runs no lottery.",
    "license-validation":
      "The message says your Windows, Office or Microsoft 365 licence or payment has a problem and asks for card or personal data. Checking that Windows is genuine never needs a card number or details that identify you.",
    "security-update":
      "An unrequested mail offers a security update as an attachment or a download from a site that is not Microsoft's. Microsoft sends security notices only to people who signed up, never attaches software, and publishes every notice on its website.",
    "account-credential":
      "The message uses a Microsoft account, Outlook or Microsoft 365 story (unusual sign-in, full mailbox, password expiry, closure, shared file) to get you to sign in or send data through a link that does not lead to Microsoft.",
  },
  generalRule:
    "Microsoft does not send unexpected mail asking you to send personal or financial details or to click a link, and does not phone to fix your computer. Mail in Microsoft's name that asks for any of this did not come from Microsoft: delete it.",
  evidenceGroup: {
    asks: "What it wants you to do",
    claim: "How it poses as Microsoft",
    story: "The story it tells",
  },
  signal: {
    "brand-in-display-name": "Sender name uses Microsoft's name",
    "brand-in-heading": "Heading uses Microsoft's name",
    "brand-in-image": "Picture labelled as Microsoft's",
    "logo-colours": "Microsoft's four-square logo, drawn in coloured boxes",
    "brand-in-signature": "Signed as a Microsoft team",
    "brand-in-subject": "Subject uses Microsoft's name",
    "account-reference": "Speaks of your Microsoft account or product",
    "brand-in-story": "Tells its story in Microsoft's name",
    "disguised-brand": "Microsoft's name written in disguise",
    "lookalike-sender-domain": "Sender domain made to look like Microsoft's",
    "microsoft-address-unverified": "Microsoft address nothing confirms",
    "microsoft-filter-verdict": "Microsoft's own filter",
    "sent-by-microsoft": "Sent by Microsoft",
    "microsoft-service-carries-content": "Delivered by a Microsoft service for someone else",
    "sender-not-microsoft": "Sent from a domain that is not Microsoft's",
    "free-mail-sender": "Sent from a free mail address",
    "microsoft-address-failed-authentication": "Microsoft address that failed the sender checks",
    "reply-to-elsewhere": "Replies go to another address",
    "lookalike-return-path": "Undeliverable mail goes to a look-alike domain",
    "delivery-report": "Delivery report",
    "microsoft-never-attaches-programs": "Program attached, though Microsoft never mails programs",
    "link-lookalike-domain": "Link to a site made to look like Microsoft's",
    "link-text-mismatch": "Link that shows one site but opens another",
    "brand-link-off-microsoft": "Link labelled Microsoft that leads elsewhere",
    "link-script": "Link that runs a script",
    "link-ip-address": "Link to a server number instead of a name",
    "link-shortener": "Shortened link that hides where it goes",
    "link-microsoft-hosted": "Link to a page someone made on Microsoft's hosting",
    "link-off-microsoft": "Link that leads away from Microsoft",
    "call-number": "Number it asks you to call",
    "phone-number": "Phone number in the message",
    "remote-access": "Wants to connect to your computer",
    "risky-attachment": "Attached file that can run code",
    "document-attachment": "Attached document",
    "install-request": "Asks you to install or run something",
    "card-request": "Asks for card or bank details",
    "payment-request": "Asks for a payment",
    "reply-with-data": "Asks you to reply with details",
    "personal-data-request": "Asks for personal details",
    "sign-in-request": "Asks you to sign in or confirm your account",
    "scan-qr-code": "QR code to scan",
    "write-to-address": "Address it asks you to write to",
    "virus-alarm": "Virus or security alarm",
    "support-offer": "Offers technical support",
    "invoice-renewal": "Invoice, renewal or charge",
    "prize-win": "Says you won a prize",
    "licence-problem": "Licence or activation problem",
    "billing-problem": "Billing or payment problem",
    "update-pretext": "Security update or vulnerability",
    "account-threat": "Threatens your account",
    "mailbox-storage": "Mailbox full or mail held back",
    "password-expiry": "Password expiry or reset",
    "terms-update": "New terms to accept",
    "shared-document": "Shared document or protected message",
    "voice-message": "Voice message",
    "unread-message": "Unread messages or chats waiting",
    urgency: "Pressure to act fast",
  },
  attachmentKind: {
    executable: "a program",
    script: "a script",
    archive: "a compressed folder, which can hide a program",
    "disk-image": "a disk image, which can hide a program",
    html: "a web page that opens in your browser",
    "macro-document": "a document with macros",
  },
  location: {
    subject: "subject",
    "from-name": "sender name",
    "from-address": "sender address",
    "reply-to": "reply address",
    "return-path": "address for undeliverable mail",
    heading: "heading",
    image: "picture",
    signature: "signature",
    body: "message text",
    link: "link",
    header: "delivery details",
    attachment: "attachment",
  },
  link: { showFull: "Show full address", hideFull: "Hide full address" },
  sender: {
    saysItIs: "Says it is",
    sentFrom: "Sent from",
    checks: "What the sender checks prove",
    repliesTo: "Replies go to",
    microsoftFilter: "Microsoft's own filter",
    verified: "Verified as sent by {domain}.",
    verifiedMicrosoft: "Verified as sent by {domain}, one of Microsoft's own domains.",
    verifiedNotMicrosoft:
      "Verified as sent by {domain}, which is not Microsoft. This proves only who sent it, not that it is honest.",
    notVerified: "The checks do not confirm that {domain} sent it: the sender address may be forged.",
    microsoftAddressFailed:
      "It shows a Microsoft address, but the sender checks failed: Microsoft did not send it.",
    microsoftAddressUnchecked: "It shows a Microsoft address, but nothing recorded on delivery confirms it.",
    noChecks: "The receiving mail server recorded no sender checks.",
    freeMail: "{domain} is a free mail service: anyone can open an address there.",
    lookalike: "{domain} is a name made to look like Microsoft's.",
    lookalikeReturnPath: "Undeliverable mail goes to {domain}, a name made to look like Microsoft's.",
    carrier: "Microsoft's {service} delivered it for someone else, who wrote the text.",
    deliveryReport: "It is a delivery report from your own mail system.",
    ownOrganisation: "It comes from inside your own organisation.",
    repliesElsewhere: "If you reply, your answer goes there, not to the sender.",
  },
  afterActing: {
    "called-hang-up-no-remote": {
      title: "If you called the number",
      steps: [
        "Hang up and do not call back.",
        "Do not install anything or let anyone connect to your computer, whatever they say.",
        "Never read out codes sent to your phone or email.",
      ],
    },
    "remote-disconnect": {
      title: "If someone connected to your computer",
      steps: [
        "Disconnect the computer from the internet: turn off Wi-Fi or unplug the cable.",
        "Uninstall the program they had you install (such as AnyDesk or TeamViewer), or close Quick Assist.",
        "Run a full scan with Microsoft Defender or your security software, and install all updates.",
        "From another device, change every password you typed while they were connected.",
      ],
    },
    "paid-contact-card-issuer": {
      title: "If you paid or gave card or bank details",
      steps: [
        "Call your card issuer or bank now, on the number on your card or statement, to stop the card and dispute the charge.",
        "Keep the message, any receipts and the number they gave you.",
      ],
    },
    "gift-card-contact-issuer": {
      title: "If you paid with gift cards",
      steps: [
        "Tell the company that issued the gift cards at once, with the card numbers and receipts, and ask for your money back.",
        "Do not buy more cards, whatever the caller says.",
      ],
    },
    "password-change": {
      title: "If you typed your password",
      steps: [
        "Change it now: for a personal Microsoft account, type account.microsoft.com yourself and change it under Security; for a work or school account, call your IT help desk.",
        "Change it also wherever you used the same password.",
        "Turn on two-step verification, and look at the account's recent sign-ins.",
      ],
    },
    "opened-attachment-scan": {
      title: "If you opened the attachment",
      steps: [
        "Disconnect the computer from the internet.",
        "Run a full scan with Microsoft Defender or your security software.",
        "At work, tell your IT help desk straight away.",
      ],
    },
    "sent-data-watch": {
      title: "If you sent personal details",
      steps: [
        "Watch your bank and card statements and your accounts for anything you did not do.",
        "Expect more scams that quote what you sent: do not trust calls or mail because they know it.",
      ],
    },
  },
  help: {
    title: "Where to get help",
    contacts: [
      {
        name: "Your card issuer or bank",
        what: "Use the number on your card or statement to stop the card and dispute charges.",
      },
      {
        name: "Microsoft: report a scam",
        url: "https://www.microsoft.com/reportascam",
        what: "Tell Microsoft about scams that use its name.",
      },
      { name: "The police", what: "If you lost money, report it to your local police." },
      { name: "Your IT help desk", what: "For a work or school account, tell them straight away." },
    ],
  },
  outlookReport: {
    intro: "Outlook has its own Report button too.",
    work: {
      web: "In Outlook on the web, select the message, then Report › Report phishing.",
      "new-outlook": "In the new Outlook for Windows, select the message, then Report › Report phishing.",
      "classic-windows":
        "In classic Outlook for Windows (Microsoft 365 version 16.0.17827.15010 or later, or Outlook 2021 version 2407 or later), select the message, then Report › Report phishing. In older versions, use Report Message, then Phishing (in the simplified ribbon: More commands › Protection › Report Message), where your organisation installed it.",
      mac: "In Outlook for Mac (version 16.89 or later), select the message, then Report › Report phishing.",
      mobile: "In Outlook on a phone, use the Report Message add-in where your organisation installed it.",
      unknown:
        "Select the message, then Report › Report phishing (in older classic Outlook for Windows: Report Message › Phishing).",
    },
    workEffect:
      "The button is there when your organisation has turned it on. Depending on its settings the report goes to its security team, to Microsoft, or to both; a message reported as phishing is deleted, one reported as junk moves to Junk Email.",
    personal:
      "For personal accounts, the Microsoft pages we rely on do not say what Outlook's own Report button does, so we cannot tell you where such a report goes.",
    unknownAccount: "Outlook did not tell us what kind of account this is. In a work or school account:",
    ourButton:
      "Report as phishing, on this card, opens a message to your reporting address with this one attached, so you see what is sent before you send it.",
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
};

// Microsoft's names, products and domains: what a scam claims, and what genuine mail comes from.
// Sources (taken 2026-11-28):
// - Microsoft's Japanese consumer page on scams misusing its name (../shared/seed): the brand
//   names "マイクロソフト", "Microsoft", "Windows", and the rule that Microsoft mails security
//   notices only to subscribers and publishes them on its website.
// - Microsoft Support, "How to tell if an email from the Microsoft account team is genuine":
//   security mail comes from account-security-noreply@accountprotection.microsoft.com.
// - Microsoft Learn, "Microsoft 365 URLs and IP address ranges" and "Email authentication in
//   Microsoft 365": the service domains (microsoftonline.com, office.com, office365.com,
//   sharepointonline.com, outlook.com for the service, live.com for accounts).
// - The Microsoft Store, Xbox and Skype notification senders (microsoft.com, xbox.com, skype.com).
// Left out on purpose: onmicrosoft.com, sharepoint.com, windows.net, azurewebsites.net and
// forms.office.com, whose content any Microsoft 365 or Azure customer controls (and phishers
// use), and outlook.com / hotmail.com / live.com mailboxes, which anyone can open (their
// system mailboxes are listed on their own below).

import type { CarrierId } from "../types";

export interface DomainEntry {
  /** Lower-case domain name. */
  domain: string;
  /** True when every subdomain belongs to Microsoft too. */
  subdomains: boolean;
}

/** Domains genuine Microsoft notification mail is sent from (the From address). */
export const MICROSOFT_SENDING_DOMAINS: readonly DomainEntry[] = [
  { domain: "microsoft.com", subdomains: true },
  { domain: "microsoftonline.com", subdomains: true },
  { domain: "microsoft365.com", subdomains: true },
  { domain: "office.com", subdomains: true },
  { domain: "office365.com", subdomains: true },
  { domain: "sharepointonline.com", subdomains: true },
  { domain: "onedrive.com", subdomains: true },
  { domain: "xbox.com", subdomains: true },
  { domain: "xboxlive.com", subdomains: true },
  { domain: "skype.com", subdomains: true },
  { domain: "azure.com", subdomains: true },
  { domain: "bing.com", subdomains: true },
  { domain: "windows.com", subdomains: true },
  { domain: "account.live.com", subdomains: false },
  { domain: "email.live.com", subdomains: false },
  // Microsoft's own top-level domain: every name under it is Microsoft's (teams.mail.microsoft,
  // email.microsoft, cloud.microsoft), per ICANN's registry agreement for .microsoft.
  { domain: "microsoft", subdomains: true },
];

/** Sites a genuine Microsoft message links to (Microsoft's own pages, not customer content). */
export const MICROSOFT_LINK_DOMAINS: readonly DomainEntry[] = [
  ...MICROSOFT_SENDING_DOMAINS,
  { domain: "live.com", subdomains: true },
  { domain: "outlook.com", subdomains: true },
  { domain: "office.net", subdomains: true },
  { domain: "cloud.microsoft", subdomains: true },
  { domain: "aka.ms", subdomains: false },
  { domain: "1drv.ms", subdomains: false },
  { domain: "msn.com", subdomains: true },
  { domain: "windowsupdate.com", subdomains: true },
  { domain: "microsoftstore.com", subdomains: true },
  { domain: "visualstudio.com", subdomains: true },
  { domain: "msft.it", subdomains: false },
  { domain: "microsoft.co.jp", subdomains: true },
];

/**
 * Microsoft's system mailboxes on its consumer mail domains, where anyone else can open a mailbox:
 * postmaster is reserved by RFC 5321 (kind "standard"); staff@hotmail.com sends Outlook.com's
 * junk-mail complaint reports (Microsoft's JMRP documentation, kind "microsoft-docs").
 */
export const MICROSOFT_SYSTEM_MAILBOXES: ReadonlySet<string> = new Set([
  "postmaster@outlook.com",
  "postmaster@hotmail.com",
  "postmaster@live.com",
  "postmaster@mail.hotmail.com",
  "postmaster@outlook.jp",
  "postmaster@hotmail.co.jp",
  "staff@hotmail.com",
]);

/**
 * Microsoft services that mail text someone else wrote, from Microsoft's own addresses: the text
 * is the customer's, so a genuine delivery proves nothing about who speaks. Sources (kind
 * "microsoft-docs", taken 2026-11-29): SharePoint and OneDrive sharing notifications
 * (no-reply@sharepointonline.com); Microsoft Entra B2B guest invitations (invites@microsoft.com,
 * "Microsoft Invitations on behalf of <organisation>"); Teams activity mail quoting chat messages
 * (teams.mail.microsoft, email.teams.microsoft.com); Microsoft Forms receipts (forms.office.com).
 * Left out on purpose: azure-noreply@microsoft.com, which sends Azure's own invoices and notices as
 * well as alerts customers name: a genuine invoice must not be judged as a stranger's text.
 */
export const MICROSOFT_CARRIER_SENDERS: ReadonlyArray<{
  carrier: CarrierId;
  /** A full address, or "@domain" for every address of that domain and its subdomains. */
  sender: string;
  /** The service's own name in its sender name and template, which is not a claim of the customer's. */
  names: readonly string[];
}> = [
  {
    carrier: "sharepoint",
    sender: "@sharepointonline.com",
    names: ["sharepoint online", "sharepoint", "onedrive"],
  },
  { carrier: "teams", sender: "@teams.mail.microsoft", names: ["microsoft teams", "teams"] },
  { carrier: "teams", sender: "@email.teams.microsoft.com", names: ["microsoft teams", "teams"] },
  { carrier: "azure-invitation", sender: "invites@microsoft.com", names: ["microsoft invitations"] },
  { carrier: "forms", sender: "@forms.office.com", names: ["microsoft forms", "forms"] },
];

/**
 * Microsoft Purview Message Encryption: an organisation's encrypted mail reaches an outside reader
 * as Microsoft's wrapper (the service's banner, "… has sent you a protected message", a button to
 * its portal, Microsoft's footer) with the protected content attached as an .rpmsg file, sent from
 * the organisation's own address. The wrapper is Microsoft's template around another's message.
 * Source: Microsoft Learn, "Learn about encrypted messages in Outlook.com / Outlook on the web" and
 * "Message encryption FAQ" (kind "microsoft-docs", taken 2026-11-29).
 */
export const ENCRYPTION_WRAPPER = {
  /** The portal the wrapper's button opens: https://outlook.office365.com/Encryption/retrieve.ashx?… */
  portalHosts: ["outlook.office365.com", "outlook.office.com"],
  portalPathPrefix: "/encryption/",
  /** Where the template's other links go: Microsoft's privacy statement and help pages. */
  templateHosts: [
    "privacy.microsoft.com",
    "go.microsoft.com",
    "learn.microsoft.com",
    "support.microsoft.com",
  ],
  /** Where those hosts carry what anyone posts (Microsoft Q&A, user profiles): no template link. */
  userContentPaths: ["/answers/", "/users/"],
  /** The protected message itself, attached to the wrapper. */
  payloadExtension: ".rpmsg",
  /** Pictures an organisation's branded wrapper may attach beside it (its logo). */
  pictureExtensions: [".png", ".jpg", ".jpeg", ".gif"],
  /**
   * The service's name in the banner, whole, as its templates write it in each language ("Microsoft
   * Purview Message Encryption", "Office 365 Berichtversleuteling", "Chiffrement des messages
   * Microsoft Purview", "Microsoft Purview メッセージの暗号化"); the loose words ("encryption",
   * "Nachricht", "mensajes") name other things beside a brand.
   */
  bannerWords: [
    "message encryption",
    "berichtversleuteling",
    "nachrichtenverschlüsselung",
    "chiffrement des messages",
    "cifrado de mensajes",
    "crittografia dei messaggi",
    "criptografia de mensagens",
    "メッセージの暗号化",
    "メッセージ暗号化",
  ],
  /**
   * What each line of the template that names Microsoft speaks of: encryption, in the languages it
   * is written in ("Learn about messages protected by Microsoft Purview Message Encryption", "E-mail-
   * versleuteling mogelijk gemaakt door Microsoft 365"), or Microsoft's postal address. Stems, as
   * the languages inflect them; not "chiffre" or "cifra", which are numbers.
   */
  templateWords: [
    "encrypt",
    "versleutel",
    "verschlüssel",
    "chiffrement",
    "chiffré",
    "cifrado",
    "cifrada",
    "crittograf",
    "criptograf",
    "暗号",
    "one microsoft way",
  ],
  /**
   * The only words of a sender or a role those lines hold, beside the banner's own: "messages
   * protected by…", "Email encryption powered by…". "Support", "Team", "Hotline" or "Security"
   * make a line someone's who speaks in Microsoft's name.
   */
  templateRoleWords: ["message", "messages", "email", "e mail", "メール", "メッセージ"],
  /** The only names those lines give: the service's and Microsoft's own. */
  templateBrands: ["microsoft", "microsoft purview", "microsoft 365", "office 365", "microsoft office 365"],
  /** Those lines are short; Microsoft's name in a longer line is the sender's own text. */
  templateLineLength: 160,
} as const;

/**
 * The domains of the mail servers of Exchange Online and Outlook.com, as their Received fields name
 * them ("BN8NAM12FT054.mail.protection.outlook.com", "…prod.outlook.com", older "…hotmail.com").
 * Source: Microsoft Learn "Microsoft 365 URLs and IP address ranges" (Exchange Online endpoints)
 * and Outlook.com's own trace fields (kind "microsoft-docs").
 */
export const MICROSOFT_MAIL_HOST_DOMAINS: readonly string[] = [
  "outlook.com",
  "outlook.office365.com",
  "office365.com",
  "exchangelabs.com",
  "hotmail.com",
  "live.com",
  "msn.com",
];

/** Where a Microsoft domain hosts content its customers control: never proof of Microsoft. */
export const MICROSOFT_HOSTED_CUSTOMER_DOMAINS: readonly DomainEntry[] = [
  { domain: "sharepoint.com", subdomains: true },
  { domain: "onmicrosoft.com", subdomains: true },
  { domain: "windows.net", subdomains: true },
  { domain: "azurewebsites.net", subdomains: true },
  { domain: "azureedge.net", subdomains: true },
  { domain: "forms.office.com", subdomains: false },
  { domain: "forms.microsoft.com", subdomains: false },
  { domain: "sway.office.com", subdomains: false },
];

/**
 * The four colours of Microsoft's logo, which fake notices draw from table cells at the top of a
 * message. Source: Microsoft's brand guidelines (kind "microsoft-docs") and public warnings about
 * HTML-drawn logos in Microsoft 365 phishing (kind "public-warning").
 */
export const MICROSOFT_LOGO_COLOURS: readonly string[] = ["#F25022", "#7FBA00", "#00A4EF", "#FFB900"];

/**
 * An image file named as a Microsoft logo: a Microsoft name beside "logo" ("office365-logo.png",
 * "ms_logo.gif", "logo_microsoft.svg"). A file named for Microsoft alone ("microsoft-teams-call.png")
 * is an illustration, not a sender's mark.
 */
export const LOGO_FILE_NAME =
  /(?:^|[^a-z])(?:microsoft|msft|ms|office365|o365|m365|outlook|onedrive|sharepoint)[-_. ]?logo|logo[-_. ]?(?:microsoft|msft|ms|office365|o365|m365|outlook|onedrive|sharepoint)(?:[^a-z]|$)/i;

/** The brand word compared letter by letter to catch "Micr0soft", "Microsfot", "rnicrosoft". */
export const MICROSOFT_CANONICAL_NAME = "microsoft";

/** Brand labels that, inside a foreign domain name, pretend to be Microsoft ("microsoft-support.help"). */
export const MICROSOFT_DOMAIN_LABELS: readonly string[] = [
  "microsoft",
  "msft",
  "office365",
  "microsoft365",
  "onedrive",
  "sharepoint",
  "outlook",
  "hotmail",
  "windowsupdate",
];

/**
 * Microsoft's official pages on these scams, linked from the card: the Japanese page is the
 * seed of this project; the English one is Microsoft Support's page on support scams.
 */
export const OFFICIAL_GUIDANCE_URL = {
  en: "https://support.microsoft.com/windows/protect-yourself-from-tech-support-scams-2ebf91bd-f94c-2a8a-e541-f5c800d18435",
  ja: "https://www.microsoft.com/ja-jp/safety/online-privacy/msname.aspx",
} as const;

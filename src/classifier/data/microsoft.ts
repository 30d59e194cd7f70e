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
// use), and outlook.com / hotmail.com / live.com mailboxes, which anyone can open.

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
 * Brand names that, in a display name or subject, claim to speak for Microsoft. Folded form
 * (see normalize.ts). Ambiguous words ("teams", "office", "windows" alone in a body) are only
 * claims in the places `claims.ts` lists.
 */
export const MICROSOFT_BRAND_NAMES: readonly string[] = [
  "microsoft",
  "マイクロソフト",
  "microsoft account",
  "microsoft 365",
  "office 365",
  "office365",
  "outlook",
  "hotmail",
  "onedrive",
  "one drive",
  "sharepoint",
  "microsoft teams",
  "windows defender",
  "windows security",
  "windows support",
  "xbox",
  "skype",
  "azure",
  "msn",
  "アウトルック",
  "ワンドライブ",
  "ウィンドウズ",
  "ウインドウズ",
];

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

/** Digits and symbols used as letters in brand names; applied only when comparing brand words. */
export const LEET_TO_LETTER: ReadonlyMap<string, string> = new Map([
  ["0", "o"],
  ["1", "i"],
  ["3", "e"],
  ["4", "a"],
  ["5", "s"],
  ["7", "t"],
  ["@", "a"],
  ["$", "s"],
  ["|", "l"],
]);

/**
 * Microsoft's official pages on these scams, linked from the card: the Japanese page is the
 * seed of this project; the English one is Microsoft Support's page on support scams.
 */
export const OFFICIAL_GUIDANCE_URL = {
  en: "https://support.microsoft.com/windows/protect-yourself-from-tech-support-scams-2ebf91bd-f94c-2a8a-e541-f5c800d18435",
  ja: "https://www.microsoft.com/ja-jp/safety/online-privacy/msname.aspx",
} as const;

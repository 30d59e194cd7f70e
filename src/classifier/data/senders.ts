// Mail services anyone can open an address on, and link services that hide where a link goes.
// Sources (kind "public-warning" for shorteners, providers' own sign-up pages for mail, taken
// 2026-11-28): for Japan, the carriers' mail domains (docomo, au, SoftBank) and Yahoo! JAPAN.
// Left out on purpose: company-hosted mail on these providers (Google Workspace, Microsoft 365),
// which uses the company's own domain, and hosting platforms (firebaseapp.com, web.app), whose
// senders the Public Suffix List already names by their own subdomain.

export const FREE_MAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com",
  "googlemail.com",
  "yahoo.com",
  "yahoo.co.jp",
  "ymail.com",
  "outlook.com",
  "outlook.jp",
  "hotmail.com",
  "hotmail.co.jp",
  "live.com",
  "live.jp",
  "msn.com",
  "aol.com",
  "icloud.com",
  "me.com",
  "mac.com",
  "gmx.com",
  "gmx.de",
  "gmx.net",
  "web.de",
  "mail.com",
  "mail.ru",
  "yandex.ru",
  "yandex.com",
  "proton.me",
  "protonmail.com",
  "zoho.com",
  "qq.com",
  "163.com",
  "126.com",
  "docomo.ne.jp",
  "ezweb.ne.jp",
  "au.com",
  "softbank.ne.jp",
  "i.softbank.jp",
]);

/** URL shorteners: the visible link says nothing of where it leads. aka.ms is Microsoft's own. */
export const LINK_SHORTENERS: ReadonlySet<string> = new Set([
  "bit.ly",
  "bitly.com",
  "tinyurl.com",
  "t.co",
  "goo.gl",
  "ow.ly",
  "is.gd",
  "buff.ly",
  "rebrand.ly",
  "cutt.ly",
  "shorturl.at",
  "rb.gy",
  "t.ly",
  "s.id",
  "tiny.cc",
  "bit.do",
  "qrco.de",
  "v.gd",
  "x.gd",
  "urlz.fr",
]);

/** Outlook Safe Links wrap the real destination in a `url` parameter on this host suffix. */
export const SAFE_LINKS_HOST_SUFFIX = ".safelinks.protection.outlook.com";

// The reader's settings, kept in Outlook's roaming settings so they follow the mailbox. The pane's
// first script reads only the language (languageSetting.ts); this loads with the full pane.

import { parseLanguage, SETTINGS_KEY } from "./languageSetting";

export { SETTINGS_KEY };

export type LanguageSetting = "auto" | "en" | "ja";

export interface Settings {
  reportAddress: string;
  showInfoBar: boolean;
  language: LanguageSetting;
}

/**
 * Reporting addresses offered on the card. Sources (taken 2026-11-28): Microsoft's published
 * address for phishing that reached a Microsoft mailbox; the Council of Anti-Phishing Japan
 * (フィッシング対策協議会) reporting address, offered in the Japanese interface.
 */
export const REPORT_ADDRESSES = {
  microsoft: "phish@office365.microsoft.com",
  antiPhishingJapan: "info@antiphishing.jp",
} as const;

export const DEFAULT_SETTINGS: Settings = {
  reportAddress: REPORT_ADDRESSES.microsoft,
  showInfoBar: true,
  language: "auto",
};

/**
 * One address, and nothing that could smuggle in a second one: a plain `local@domain` in ASCII,
 * dot-atoms of letters, digits and `_ + -` before the @, and a host name with a letter top-level
 * domain after it. That turns away lists ("a@x.jp, b@evil.example"), display names ("Team
 * <a@x.jp>"), mailto: URLs and their ?bcc=, quoted or commented local parts, IP literals, several
 * @, and look-alike letters from other scripts; a reporting address never needs any of them.
 */
const LOCAL_PART = /^[A-Za-z0-9_+-]+(?:\.[A-Za-z0-9_+-]+)*$/;
const DOMAIN_LABEL = /^(?!-)[A-Za-z0-9-]{1,63}(?<!-)$/;
const TOP_LEVEL_DOMAIN = /^(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;
/** RFC 5321's limits: 64 characters before the @, 254 in all (a path of 256 less its brackets). */
const LOCAL_PART_MAX = 64;
const ADDRESS_MAX = 254;
/** Control characters anywhere (CR and LF above all), looked for before any trimming hides them. */
function hasControlCharacter(text: string): boolean {
  return Array.from(text).some((character) => {
    const code = character.codePointAt(0) ?? 0;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
  });
}

export function isValidReportAddress(address: string): boolean {
  if (hasControlCharacter(address)) return false;
  const trimmed = address.trim();
  if (trimmed.length > ADDRESS_MAX) return false;
  const parts = trimmed.split("@");
  if (parts.length !== 2) return false;
  const [local = "", domain = ""] = parts;
  if (local.length > LOCAL_PART_MAX || !LOCAL_PART.test(local)) return false;
  const labels = domain.split(".");
  return (
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_DOMAIN.test(labels[labels.length - 1] ?? "")
  );
}

/** Settings as stored, with anything missing or malformed replaced by its default. */
export function parseSettings(stored: unknown): Settings {
  const value = (stored && typeof stored === "object" ? stored : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  return {
    reportAddress:
      typeof value.reportAddress === "string" && isValidReportAddress(value.reportAddress)
        ? value.reportAddress.trim()
        : DEFAULT_SETTINGS.reportAddress,
    showInfoBar: typeof value.showInfoBar === "boolean" ? value.showInfoBar : DEFAULT_SETTINGS.showInfoBar,
    language: parseLanguage(value.language),
  };
}

export function loadSettings(roaming: Office.RoamingSettings | undefined): Settings {
  try {
    return parseSettings(roaming?.get(SETTINGS_KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

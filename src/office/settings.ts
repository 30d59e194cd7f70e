// The reader's settings, kept in Outlook's roaming settings so they follow the mailbox.

import { callOffice } from "./officeCall";

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

const KEY = "impostorGuardSettings";
const ADDRESS = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;

export function isValidReportAddress(address: string): boolean {
  return ADDRESS.test(address.trim());
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
    language: value.language === "en" || value.language === "ja" ? value.language : "auto",
  };
}

export function loadSettings(roaming: Office.RoamingSettings | undefined): Settings {
  try {
    return parseSettings(roaming?.get(KEY));
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export async function saveSettings(roaming: Office.RoamingSettings, settings: Settings): Promise<void> {
  roaming.set(KEY, parseSettings(settings));
  await callOffice<void>("roamingSettings.saveAsync", (callback) => roaming.saveAsync(callback));
}

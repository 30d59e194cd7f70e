// Loads the hand-written test messages in tests/fixtures/mail.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Message, PatternId } from "../../src/classifier";
import type { Language } from "../../src/i18n";
import { parseEml } from "../../src/mail/parseEml";

export const FIXTURE_DIRECTORY = join(__dirname, "..", "fixtures", "mail");

export function fixtureNames(): string[] {
  return readdirSync(FIXTURE_DIRECTORY)
    .filter((name) => name.endsWith(".eml"))
    .sort();
}

export function readFixture(name: string): Promise<Message> {
  return parseEml(readFileSync(join(FIXTURE_DIRECTORY, name)));
}

/** The fact a reader can check first, for each story's top-level fixture (`<pattern>-<language>.eml`). */
export const KEY_FACT: Record<PatternId, Record<Language, string>> = {
  "tech-support": { en: "+1 (888) 254-1973", ja: "０１２０－９８７－６５４" },
  lottery: { en: "yahoo.com", ja: "ms-present-jp.com" },
  "license-validation": { en: "genuine-check.windows-validate.top", ja: "ms-license-center.net" },
  "security-update": { en: "KB5049981-x64.zip", ja: "セキュリティ更新プログラム.exe" },
  "account-credential": { en: "account-live-security.com", ja: "bit.ly" },
};

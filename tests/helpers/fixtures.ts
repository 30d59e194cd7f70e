// Loads the hand-written test messages in tests/fixtures/mail.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Message } from "../../src/classifier";
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

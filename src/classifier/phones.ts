// Phone numbers the reader is asked to call, found with libphonenumber-js: Japanese formats
// (0120-, 0800-, 050-, 03-…) by default, then North American ones ("1-800-…"), the two
// regions these scams mostly give numbers in.

import { findPhoneNumbersInText } from "libphonenumber-js";
import type { CountryCode } from "libphonenumber-js";

export interface FoundPhone {
  /** As written in the message. */
  text: string;
  /** E.164 form. */
  number: string;
  start: number;
  end: number;
}

const DEFAULT_REGIONS: readonly CountryCode[] = ["JP", "US"];
/** Phone numbers are searched for only in this much text; scam mail puts them near the top. */
export const MAX_PHONE_SEARCH_CHARACTERS = 100_000;

export function findPhoneNumbers(text: string, limit = 20): FoundPhone[] {
  const searched =
    text.length > MAX_PHONE_SEARCH_CHARACTERS ? text.slice(0, MAX_PHONE_SEARCH_CHARACTERS) : text;
  const found = new Map<string, FoundPhone>();
  for (const region of DEFAULT_REGIONS) {
    for (const match of findPhoneNumbersInText(searched, region)) {
      if (!match.number.isValid()) continue;
      const key = `${match.startsAt}`;
      if (found.has(key) || found.size >= limit) continue;
      found.set(key, {
        text: searched.slice(match.startsAt, match.endsAt),
        number: match.number.number,
        start: match.startsAt,
        end: match.endsAt,
      });
    }
  }
  return [...found.values()].sort((left, right) => left.start - right.start);
}

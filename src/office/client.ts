// Which Outlook the pane runs in, as far as Office.js tells: the account type (Mailbox 1.6), the
// platform, and what that client offers (a pinnable pane that follows every message, Outlook's
// own Report button). The card and the README's client table both rest on these answers.

/** Outlook's own account kinds, reduced to what changes the reader's options. */
export type AccountKind = "work" | "personal" | "unknown";

/** Where Outlook's own Report button lives, in the client the reader has. */
export type OutlookReportPlace = "web" | "new-outlook" | "classic-windows" | "mac" | "mobile" | "unknown";

export interface ClientFacts {
  accountKind: AccountKind;
  reportPlace: OutlookReportPlace;
  /** The pane can be pinned and re-checks each selected message (Mailbox 1.5, Microsoft 365 account, not Outlook.com). */
  pinning: boolean;
}

/** Reads a property some clients do not have (or throw on) without failing. */
function quietly<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/**
 * What Office.js says about the reader's Outlook; "unknown" wherever it is silent. Outlook on the
 * web and new Outlook for Windows both report the platform OfficeOnline, so both are "web" here
 * (their Report buttons sit in the same place). accountType needs Mailbox 1.6 and is undefined on
 * older clients and on phones.
 */
export function readClientFacts(office: Pick<typeof Office, "context">): ClientFacts {
  const accountType = quietly(() => office.context.mailbox?.userProfile?.accountType);
  const platform = String(quietly(() => office.context.diagnostics?.platform) ?? "");
  const accountKind: AccountKind =
    accountType === "office365" || accountType === "enterprise"
      ? "work"
      : accountType === "outlookCom"
        ? "personal"
        : "unknown";
  const places: Record<string, OutlookReportPlace> = {
    OfficeOnline: "web",
    PC: "classic-windows",
    Mac: "mac",
    iOS: "mobile",
    Android: "mobile",
  };
  const reportPlace = places[platform] ?? "unknown";
  const pinningSet = quietly(() => office.context.requirements.isSetSupported("Mailbox", "1.5")) === true;
  return {
    accountKind,
    reportPlace,
    pinning:
      accountType === "office365" && pinningSet && reportPlace !== "mobile" && reportPlace !== "unknown",
  };
}

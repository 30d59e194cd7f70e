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

// Every Office.js API the pane calls, the feature it serves, what the pane does without it and
// Microsoft's page that names its requirement set. The sets themselves are FEATURE_REQUIREMENTS in
// compatibility.ts, which feature detection reads; this table serves the README's table and
// the test that holds the code to it, so the pane's first script does not carry its text.
//
// Sources (stored copies, taken 2026-11-29): the requirement sets named on each API's reference
// page at https://learn.microsoft.com/javascript/api/outlook/ .

import { FEATURE_REQUIREMENTS, type Feature, type MailboxSet } from "./compatibility";

const REFERENCE = "https://learn.microsoft.com/javascript/api";

export interface OfficeApi {
  /** As the code calls it. */
  api: string;
  feature: Feature;
  /** From FEATURE_REQUIREMENTS. */
  requirement: MailboxSet;
  /** What the pane does where the requirement set (or the API) is missing. */
  without: string;
  /** Microsoft's page that names the requirement set. */
  source: string;
}

const ROWS: ReadonlyArray<Omit<OfficeApi, "requirement">> = [
  {
    api: "Office.onReady, Office.HostType",
    feature: "host",
    without: "Outside Outlook (a plain browser) the pane opens the demo page after 5 seconds.",
    source: `${REFERENCE}/office#office-office-onready-function(1)`,
  },
  {
    api: "context.requirements.isSetSupported",
    feature: "feature-detection",
    without: "Every feature below counts as missing.",
    source: `${REFERENCE}/office/office.requirementsetsupport`,
  },
  {
    api: "mailbox.item (subject, from, sender, to, attachments, itemId, itemClass)",
    feature: "item",
    without: 'With no message selected the pane says "Select a message to check it."',
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.1/office.context.mailbox.item`,
  },
  {
    api: "context.displayLanguage",
    feature: "language",
    without: "The pane speaks English unless Japanese is chosen in Settings.",
    source: `${REFERENCE}/office/office.context#office-office-context-displaylanguage-member`,
  },
  {
    api: "mailbox.diagnostics.hostName",
    feature: "client-name",
    without: "The pane tells the clients apart by context.diagnostics.platform alone.",
    source: `${REFERENCE}/outlook/office.diagnostics#outlook-office-diagnostics-hostname-member`,
  },
  {
    api: "context.roamingSettings (get, set, saveAsync)",
    feature: "settings",
    without: "Settings apply until the pane closes, and the pane says they were not kept.",
    source: `${REFERENCE}/outlook/office.roamingsettings`,
  },
  {
    api: "mailbox.userProfile.emailAddress",
    feature: "reader-address",
    without:
      "Mail counts as from the reader's own organisation only when Exchange Online stamped it internal.",
    source: `${REFERENCE}/outlook/office.userprofile#outlook-office-userprofile-emailaddress-member`,
  },
  {
    api: "item.body.getAsync(CoercionType)",
    feature: "body",
    without: "The message text is not checked; the card lists it under Not checked.",
    source: `${REFERENCE}/outlook/office.body#outlook-office-body-getasync-member(1)`,
  },
  {
    api: "item.notificationMessages (replaceAsync, removeAsync; MailboxEnums)",
    feature: "warning-bar",
    without: "No warning bar in the message: the card alone shows the verdict.",
    source: `${REFERENCE}/outlook/office.notificationmessages`,
  },
  {
    api: "mailbox.addHandlerAsync(EventType.ItemChanged), removeHandlerAsync",
    feature: "follow-item",
    without: "The pane checks the message it was opened for; select Check for scam on each message.",
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.5/office.context.mailbox`,
  },
  {
    api: "context.diagnostics (host, platform, version)",
    feature: "client-platform",
    without: "The pane tells the clients apart by mailbox.diagnostics.hostName alone.",
    source: `${REFERENCE}/office/office.context#office-office-context-diagnostics-member`,
  },
  {
    api: "mailbox.userProfile.accountType",
    feature: "account-type",
    without: "The account type is unknown; the pin hint then rests on Mailbox 1.5 alone.",
    source: `${REFERENCE}/outlook/office.userprofile#outlook-office-userprofile-accounttype-member`,
  },
  {
    api: "mailbox.displayNewMessageForm",
    feature: "report-form",
    without: "Report as phishing asks the reader to forward the message as an attachment by hand.",
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.6/office.context.mailbox`,
  },
  {
    api: "item.getAllInternetHeadersAsync",
    feature: "headers",
    without: "No sender checks (authentication, Microsoft's own verdict); the card says so.",
    source: `${REFERENCE}/outlook/office.messageread#outlook-office-messageread-getallinternetheadersasync-member(1)`,
  },
  {
    api: "mailbox.displayNewMessageFormAsync",
    feature: "report-form-async",
    without: "The report opens with displayNewMessageForm, which cannot say when Outlook refuses it.",
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.9/outlook-requirement-set-1.9`,
  },
  {
    api: "context.officeTheme",
    feature: "theme",
    without: "The pane follows the system's light or dark setting.",
    source: `${REFERENCE}/office/office.officetheme`,
  },
];

/** Every Office.js API the pane calls, one row per feature, with the set that feature needs. */
export const OFFICE_APIS: readonly OfficeApi[] = ROWS.map((row) => ({
  ...row,
  requirement: FEATURE_REQUIREMENTS[row.feature],
}));

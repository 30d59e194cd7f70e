// What the pane can do in each Outlook: every Office.js API it calls with the Mailbox requirement
// set that API needs and what the pane does without it, and the clients and account types it meets.
// Feature detection reads these tables, and a test holds the README's two tables against them.
//
// Sources (stored copies, taken 2026-11-29): the requirement sets named on each API's reference
// page at https://learn.microsoft.com/javascript/api/outlook/ ; the per-client support table at
// https://learn.microsoft.com/javascript/api/requirement-sets/outlook/outlook-api-requirement-sets
// (dated 10/22/2024, it stops at Mailbox 1.14: later sets are feature-detected, never assumed).

export const MAILBOX_SETS = ["1.1", "1.3", "1.4", "1.5", "1.6", "1.8", "1.9", "1.13", "1.14"] as const;
export type MailboxSet = (typeof MAILBOX_SETS)[number];

/** What the pane does with Office.js, one capability per id. */
export type Feature =
  | "host"
  | "feature-detection"
  | "item"
  | "language"
  | "client-name"
  | "reader-address"
  | "settings"
  | "body"
  | "warning-bar"
  | "follow-item"
  | "client-platform"
  | "account-type"
  | "report-form"
  | "report-form-async"
  | "headers"
  | "theme";

export interface OfficeApi {
  /** As the code calls it. */
  api: string;
  feature: Feature;
  requirement: MailboxSet;
  /** What the pane does where the requirement set (or the API) is missing. */
  without: string;
  /** Microsoft's page that names the requirement set. */
  source: string;
}

const REFERENCE = "https://learn.microsoft.com/javascript/api";

export const OFFICE_APIS: readonly OfficeApi[] = [
  {
    api: "Office.onReady, Office.HostType",
    feature: "host",
    requirement: "1.1",
    without: "Outside Outlook (a plain browser) the pane opens the demo page after 5 seconds.",
    source: `${REFERENCE}/office#office-office-onready-function(1)`,
  },
  {
    api: "context.requirements.isSetSupported",
    feature: "feature-detection",
    requirement: "1.1",
    without: "Every feature below counts as missing.",
    source: `${REFERENCE}/office/office.requirementsetsupport`,
  },
  {
    api: "mailbox.item (subject, from, sender, to, attachments, itemId, itemClass)",
    feature: "item",
    requirement: "1.1",
    without: 'With no message selected the pane says "Select a message to check it."',
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.1/office.context.mailbox.item`,
  },
  {
    api: "context.displayLanguage",
    feature: "language",
    requirement: "1.1",
    without: "The pane speaks English unless Japanese is chosen in Settings.",
    source: `${REFERENCE}/office/office.context#office-office-context-displaylanguage-member`,
  },
  {
    api: "mailbox.diagnostics.hostName",
    feature: "client-name",
    requirement: "1.1",
    without: "The pane tells the clients apart by context.diagnostics.platform alone.",
    source: `${REFERENCE}/outlook/office.diagnostics#outlook-office-diagnostics-hostname-member`,
  },
  {
    api: "context.roamingSettings (get, set, saveAsync)",
    feature: "settings",
    requirement: "1.1",
    without: "Settings apply until the pane closes, and the pane says they were not kept.",
    source: `${REFERENCE}/outlook/office.roamingsettings`,
  },
  {
    api: "mailbox.userProfile.emailAddress",
    feature: "reader-address",
    requirement: "1.1",
    without:
      "Mail counts as from the reader's own organisation only when Exchange Online stamped it internal.",
    source: `${REFERENCE}/outlook/office.userprofile#outlook-office-userprofile-emailaddress-member`,
  },
  {
    api: "item.body.getAsync(CoercionType)",
    feature: "body",
    requirement: "1.3",
    without: "The message text is not checked; the card lists it under Not checked.",
    source: `${REFERENCE}/outlook/office.body#outlook-office-body-getasync-member(1)`,
  },
  {
    api: "item.notificationMessages (replaceAsync, removeAsync; MailboxEnums)",
    feature: "warning-bar",
    requirement: "1.3",
    without: "No warning bar in the message: the card alone shows the verdict.",
    source: `${REFERENCE}/outlook/office.notificationmessages`,
  },
  {
    api: "mailbox.addHandlerAsync(EventType.ItemChanged), removeHandlerAsync",
    feature: "follow-item",
    requirement: "1.5",
    without: "The pane checks the message it was opened for; select Check for scam on each message.",
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.5/office.context.mailbox`,
  },
  {
    api: "context.diagnostics (host, platform, version)",
    feature: "client-platform",
    requirement: "1.5",
    without: "The pane tells the clients apart by mailbox.diagnostics.hostName alone.",
    source: `${REFERENCE}/office/office.context#office-office-context-diagnostics-member`,
  },
  {
    api: "mailbox.userProfile.accountType",
    feature: "account-type",
    requirement: "1.6",
    without: "The account type is unknown; the pin hint then rests on Mailbox 1.5 alone.",
    source: `${REFERENCE}/outlook/office.userprofile#outlook-office-userprofile-accounttype-member`,
  },
  {
    api: "mailbox.displayNewMessageForm",
    feature: "report-form",
    requirement: "1.6",
    without: "Report as phishing asks the reader to forward the message as an attachment by hand.",
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.6/office.context.mailbox`,
  },
  {
    api: "item.getAllInternetHeadersAsync",
    feature: "headers",
    requirement: "1.8",
    without: "No sender checks (authentication, Microsoft's own verdict); the card says so.",
    source: `${REFERENCE}/outlook/office.messageread#outlook-office-messageread-getallinternetheadersasync-member(1)`,
  },
  {
    api: "mailbox.displayNewMessageFormAsync",
    feature: "report-form-async",
    requirement: "1.9",
    without: "The report opens with displayNewMessageForm, which cannot say when Outlook refuses it.",
    source: `${REFERENCE}/requirement-sets/outlook/requirement-set-1.9/outlook-requirement-set-1.9`,
  },
  {
    api: "context.officeTheme",
    feature: "theme",
    requirement: "1.14",
    without: "The pane follows the system's light or dark setting.",
    source: `${REFERENCE}/office/office.officetheme`,
  },
];

/** The Mailbox set a feature needs: the highest among the APIs that serve it. */
export function requirementOf(feature: Feature): MailboxSet {
  const sets = OFFICE_APIS.filter((row) => row.feature === feature).map((row) => row.requirement);
  return sets.reduce<MailboxSet>((highest, set) => (compareSets(set, highest) > 0 ? set : highest), "1.1");
}

export function compareSets(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split(".").map(Number);
  const [bMajor = 0, bMinor = 0] = b.split(".").map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The Mailbox sets the pane asks about, lowest first (the Diagnostics section lists them). */
export function requirementSetsUsed(): MailboxSet[] {
  return [...new Set(OFFICE_APIS.map((row) => row.requirement))].sort(compareSets);
}

/** The part of Office.js that feature detection needs. */
export interface RequirementHost {
  context: { requirements: { isSetSupported(name: string, minVersion?: string): boolean } };
}

export function isMailboxSetSupported(office: RequirementHost, version: string): boolean {
  try {
    return office.context.requirements.isSetSupported("Mailbox", version) === true;
  } catch {
    return false;
  }
}

/** Whether this Outlook has the Mailbox set the feature needs (call sites also check the API is there). */
export function supports(office: RequirementHost, feature: Feature): boolean {
  return isMailboxSetSupported(office, requirementOf(feature));
}

/**
 * The clients and account types the README's client table describes: what each reports to
 * Office.js and the highest Mailbox set it supports. The table's answers (pinned pane, warning
 * bar, report form, sender checks) are not written here: the test runs the pane's own detection
 * on each row and holds the README to the result.
 */
export interface OutlookClientRow {
  client: string;
  account: string;
  /** mailbox.diagnostics.hostName. */
  hostName: string;
  /** context.diagnostics.platform; undefined below Mailbox 1.5. */
  platform: string | undefined;
  /** userProfile.accountType; undefined below Mailbox 1.6. */
  accountType: string | undefined;
  highestSet: MailboxSet;
  /** Why the row says what it says. */
  source: string;
}

const SETS_TABLE = `${REFERENCE}/requirement-sets/outlook/outlook-api-requirement-sets`;
/** new Outlook on Windows reports the platform OfficeOnline, like the web; hostName tells them apart. */
const NEW_OUTLOOK_PLATFORM = "https://github.com/OfficeDev/office-js/issues/4158";

export const OUTLOOK_CLIENTS: readonly OutlookClientRow[] = [
  {
    client: "Outlook on the web",
    account: "work or school (Microsoft 365)",
    hostName: "OutlookWebApp",
    platform: "OfficeOnline",
    accountType: "office365",
    highestSet: "1.14",
    source: SETS_TABLE,
  },
  {
    client: "Outlook on the web",
    account: "personal (Outlook.com)",
    hostName: "OutlookWebApp",
    platform: "OfficeOnline",
    accountType: "outlookCom",
    highestSet: "1.14",
    source: SETS_TABLE,
  },
  {
    client: "new Outlook on Windows",
    account: "work or school (Microsoft 365)",
    hostName: "newOutlookWindows",
    platform: "OfficeOnline",
    accountType: "office365",
    highestSet: "1.14",
    source: NEW_OUTLOOK_PLATFORM,
  },
  {
    client: "new Outlook on Windows",
    account: "personal (Outlook.com)",
    hostName: "newOutlookWindows",
    platform: "OfficeOnline",
    accountType: "outlookCom",
    highestSet: "1.14",
    source: NEW_OUTLOOK_PLATFORM,
  },
  {
    client: "classic Outlook on Windows (current build)",
    account: "work or school (Microsoft 365)",
    hostName: "Outlook",
    platform: "PC",
    accountType: "office365",
    highestSet: "1.14",
    source: SETS_TABLE,
  },
  {
    client: "classic Outlook on Windows (current build)",
    account: "personal (Outlook.com)",
    hostName: "Outlook",
    platform: "PC",
    accountType: "outlookCom",
    highestSet: "1.14",
    source: SETS_TABLE,
  },
  {
    client: "classic Outlook on Windows",
    account: "Exchange on-premises (2016, 2019)",
    hostName: "Outlook",
    platform: "PC",
    accountType: undefined,
    highestSet: "1.5",
    source: SETS_TABLE,
  },
  {
    client: "volume-licensed Outlook 2016 on Windows",
    account: "any",
    hostName: "Outlook",
    platform: undefined,
    accountType: undefined,
    highestSet: "1.4",
    source: SETS_TABLE,
  },
  {
    client: "Outlook on Mac (new UI)",
    account: "work or school (Microsoft 365)",
    hostName: "Outlook",
    platform: "Mac",
    accountType: "office365",
    highestSet: "1.13",
    source: SETS_TABLE,
  },
  {
    client: "Outlook on Mac (new UI)",
    account: "personal (Outlook.com)",
    hostName: "Outlook",
    platform: "Mac",
    accountType: "outlookCom",
    highestSet: "1.13",
    source: SETS_TABLE,
  },
];

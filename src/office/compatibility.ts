// What the pane can do in each Outlook: the Mailbox requirement set each feature needs (feature
// detection reads it; officeApis.ts lists the Office.js API behind each feature), and the clients
// and account types it meets. A test holds the README's two tables against these.
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

/**
 * The Mailbox set each feature needs. Feature detection reads this small table; `OFFICE_APIS`
 * (officeApis.ts: the API each feature calls, what the pane does without it, Microsoft's page)
 * takes its sets from here, and stays out of the pane's first script.
 */
export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, MailboxSet>> = {
  host: "1.1",
  "feature-detection": "1.1",
  item: "1.1",
  language: "1.1",
  "client-name": "1.1",
  settings: "1.1",
  "reader-address": "1.1",
  body: "1.3",
  "warning-bar": "1.3",
  "follow-item": "1.5",
  "client-platform": "1.5",
  "account-type": "1.6",
  "report-form": "1.6",
  headers: "1.8",
  "report-form-async": "1.9",
  theme: "1.14",
};

/** The Mailbox set a feature needs. */
export function requirementOf(feature: Feature): MailboxSet {
  return FEATURE_REQUIREMENTS[feature];
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

const REFERENCE = "https://learn.microsoft.com/javascript/api";
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

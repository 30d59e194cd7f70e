// Which Outlook the pane runs in, as far as Office.js tells: the account type (Mailbox 1.6), the
// platform, and what that client offers (a pinnable pane that follows every message, Outlook's
// own Report button). The card and the README's client table both rest on these answers.

import { supports, type RequirementHost } from "./compatibility";

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

/** The part of Office.js the detection reads; every member may be missing on some client. */
export interface ClientHost extends RequirementHost {
  context: RequirementHost["context"] & {
    diagnostics?: { platform?: unknown } | undefined;
    mailbox?:
      | {
          diagnostics?: { hostName?: unknown } | undefined;
          userProfile?: { accountType?: unknown } | undefined;
          addHandlerAsync?: unknown;
        }
      | undefined;
  };
}

function read<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}

/**
 * userProfile.accountType (Mailbox 1.6): "office365" (Microsoft 365 work or school) and
 * "enterprise" (on-premises Exchange) are work accounts; "outlookCom" and "gmail" personal ones.
 * https://learn.microsoft.com/javascript/api/outlook/office.userprofile#outlook-office-userprofile-accounttype-member
 */
export function accountKindOf(accountType: unknown): AccountKind {
  if (accountType === "office365" || accountType === "enterprise") return "work";
  if (accountType === "outlookCom" || accountType === "gmail") return "personal";
  return "unknown";
}

/**
 * The client, from mailbox.diagnostics.hostName ("Outlook", "newOutlookWindows", "OutlookWebApp",
 * "OutlookIOS", "OutlookAndroid"; Mailbox 1.1) and context.diagnostics.platform ("PC", "Mac",
 * "OfficeOnline", "iOS", "Android"; Mailbox 1.5). new Outlook on Windows reports the platform
 * OfficeOnline like the web (https://github.com/OfficeDev/office-js/issues/4158), so hostName
 * comes first. "Outlook" with no platform is a Windows client below Mailbox 1.5: every Mac client
 * supports 1.5 or later.
 */
export function reportPlaceOf(hostName: unknown, platform: unknown): OutlookReportPlace {
  if (hostName === "newOutlookWindows") return "new-outlook";
  if (
    hostName === "OutlookIOS" ||
    hostName === "OutlookAndroid" ||
    platform === "iOS" ||
    platform === "Android"
  )
    return "mobile";
  if (hostName === "OutlookWebApp" || platform === "OfficeOnline") return "web";
  if (platform === "Mac" || hostName === "Mac Outlook") return "mac";
  if (platform === "PC" || (hostName === "Outlook" && platform === undefined)) return "classic-windows";
  return "unknown";
}

/**
 * What this Outlook offers the reader. Pinning needs Mailbox 1.5 and the ItemChanged event, and
 * Microsoft makes it "only available to Microsoft 365 subscribers" on the web, Windows (new and
 * classic) and Mac, "not available for ... Outlook.com"
 * (https://learn.microsoft.com/office/dev/add-ins/outlook/pinnable-taskpane); on outlook.live.com
 * ItemChanged does not even fire (https://github.com/OfficeDev/office-js/issues/6833). So a
 * personal account never gets the pin hint; an unknown account type (an on-premises mailbox below
 * Mailbox 1.6) gets it where Mailbox 1.5 is there.
 */
export function detectClient(office: ClientHost): ClientFacts {
  const mailbox = read(() => office.context.mailbox);
  const accountKind = supports(office, "account-type")
    ? accountKindOf(read(() => mailbox?.userProfile?.accountType))
    : "unknown";
  const platform = supports(office, "client-platform")
    ? read(() => office.context.diagnostics?.platform)
    : undefined;
  const reportPlace = reportPlaceOf(
    read(() => mailbox?.diagnostics?.hostName),
    platform,
  );
  const pinning =
    accountKind !== "personal" &&
    reportPlace !== "mobile" &&
    supports(office, "follow-item") &&
    typeof read(() => mailbox?.addHandlerAsync) === "function";
  return { accountKind, reportPlace, pinning };
}

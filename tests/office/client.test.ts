import { accountKindOf, detectClient, reportPlaceOf, type ClientHost } from "../../src/office/client";
import { compareSets } from "../../src/office/mailboxSets";
import { mockOutlook, scriptedItem } from "../helpers/outlookMock";

function host(options: {
  highestSet: string;
  hostName?: string;
  platform?: string;
  accountType?: string;
  itemChanged?: boolean;
}): ClientHost {
  return {
    context: {
      requirements: {
        isSetSupported: (name: string, version = "1.1") =>
          name === "Mailbox" && compareSets(version, options.highestSet) <= 0,
      },
      diagnostics: options.platform === undefined ? undefined : { platform: options.platform },
      mailbox: {
        diagnostics: { hostName: options.hostName },
        userProfile: { accountType: options.accountType },
        ...(options.itemChanged === false ? {} : { addHandlerAsync: () => undefined }),
      },
    },
  };
}

describe("accountKindOf", () => {
  it.each([
    ["office365", "work"],
    ["enterprise", "work"],
    ["outlookCom", "personal"],
    ["gmail", "personal"],
    [undefined, "unknown"],
    ["somethingNew", "unknown"],
  ])("takes the account type %j as %s", (accountType, kind) => {
    expect(accountKindOf(accountType)).toBe(kind);
  });
});

describe("reportPlaceOf", () => {
  it.each([
    ["newOutlookWindows", "OfficeOnline", "new-outlook"],
    ["OutlookWebApp", "OfficeOnline", "web"],
    [undefined, "OfficeOnline", "web"],
    ["Outlook", "PC", "classic-windows"],
    ["Outlook", undefined, "classic-windows"],
    ["Outlook", "Mac", "mac"],
    ["Mac Outlook", undefined, "mac"],
    ["OutlookIOS", "iOS", "mobile"],
    ["OutlookAndroid", "Android", "mobile"],
    [undefined, undefined, "unknown"],
  ])("takes hostName %j on platform %j as %s", (hostName, platform, place) => {
    expect(reportPlaceOf(hostName, platform)).toBe(place);
  });
});

describe("detectClient", () => {
  it("offers pinning to a work account in Outlook on the web", () => {
    expect(
      detectClient(
        host({
          highestSet: "1.14",
          hostName: "OutlookWebApp",
          platform: "OfficeOnline",
          accountType: "office365",
        }),
      ),
    ).toEqual({ accountKind: "work", reportPlace: "web", pinning: true });
  });

  it("tells new Outlook on Windows from the web although both report the platform OfficeOnline", () => {
    expect(
      detectClient(
        host({
          highestSet: "1.14",
          hostName: "newOutlookWindows",
          platform: "OfficeOnline",
          accountType: "outlookCom",
        }),
      ),
    ).toEqual({ accountKind: "personal", reportPlace: "new-outlook", pinning: false });
  });

  it("offers no pinning to a personal account, in any client", () => {
    for (const [hostName, platform] of [
      ["OutlookWebApp", "OfficeOnline"],
      ["newOutlookWindows", "OfficeOnline"],
      ["Outlook", "PC"],
      ["Outlook", "Mac"],
    ] as const) {
      expect(
        detectClient(host({ highestSet: "1.14", hostName, platform, accountType: "outlookCom" })).pinning,
      ).toBe(false);
    }
  });

  it("offers no pinning below Mailbox 1.5, without the ItemChanged event, or on a phone", () => {
    expect(detectClient(host({ highestSet: "1.4", hostName: "Outlook" })).pinning).toBe(false);
    expect(
      detectClient(
        host({
          highestSet: "1.14",
          hostName: "Outlook",
          platform: "PC",
          accountType: "office365",
          itemChanged: false,
        }),
      ).pinning,
    ).toBe(false);
    expect(detectClient(host({ highestSet: "1.5", hostName: "OutlookIOS", platform: "iOS" }))).toEqual({
      accountKind: "unknown",
      reportPlace: "mobile",
      pinning: false,
    });
  });

  it("reads the account type only where Mailbox 1.6 is there, and the platform only from 1.5", () => {
    expect(
      detectClient(
        host({ highestSet: "1.5", hostName: "Outlook", platform: "Mac", accountType: "outlookCom" }),
      ),
    ).toEqual({ accountKind: "unknown", reportPlace: "mac", pinning: true });
    expect(
      detectClient(
        host({ highestSet: "1.4", hostName: "Outlook", platform: "Mac", accountType: "office365" }),
      ),
    ).toEqual({ accountKind: "unknown", reportPlace: "classic-windows", pinning: false });
  });

  it("never throws when Office.js lacks or breaks a member", () => {
    const broken = {
      context: {
        requirements: {
          isSetSupported: (): boolean => {
            throw new Error("not ready");
          },
        },
        get mailbox(): never {
          throw new Error("no mailbox");
        },
      },
    } as unknown as ClientHost;
    expect(detectClient(broken)).toEqual({ accountKind: "unknown", reportPlace: "unknown", pinning: false });
  });

  it("works on the office-addin-mock stand-in the pane tests use", () => {
    const { office } = mockOutlook(scriptedItem({}), "1.14", {
      accountType: "outlookCom",
      hostName: "OutlookWebApp",
    });
    expect(detectClient(office)).toEqual({ accountKind: "personal", reportPlace: "web", pinning: false });
  });
});

// A scripted Outlook read item for Office.js adapter tests, built on office-addin-mock.

import { OfficeMockObject } from "office-addin-mock";

export interface ScriptedItem {
  subject?: string;
  from?: { displayName: string; emailAddress: string };
  headers?: string | Error;
  html?: string | Error;
  text?: string | Error;
  attachments?: Array<{ name: string; contentType: string; size: number; isInline: boolean }>;
  itemId?: string;
  /** Outlook's message class: "IPM.Note", or "REPORT.IPM.Note.NDR" for a delivery report. */
  itemClass?: string;
  /** Milliseconds each asynchronous call takes. */
  delay?: number;
}

export interface NotificationCall {
  action: "replace" | "remove";
  key: string;
  details?: Office.NotificationMessageDetails;
}

type Callback<T> = (result: {
  status: string;
  value?: T;
  error?: { name: string; code: number; message: string };
}) => void;

function answer<T>(value: T | Error | undefined, delay: number, callback: Callback<T>): void {
  const reply = (): void =>
    value instanceof Error
      ? callback({
          status: "failed",
          error: { name: "GenericResponseError", code: 9020, message: value.message },
        })
      : callback({ status: "succeeded", value: value as T });
  if (delay > 0) setTimeout(reply, delay);
  else reply();
}

export function scriptedItem(script: ScriptedItem, notifications: NotificationCall[] = []) {
  const delay = script.delay ?? 0;
  return {
    itemId: script.itemId ?? "AAMk-test",
    itemClass: script.itemClass ?? "IPM.Note",
    subject: script.subject ?? "",
    from: script.from,
    sender: script.from,
    to: [{ displayName: "Reader", emailAddress: "reader@example.com" }],
    attachments: script.attachments ?? [],
    getAllInternetHeadersAsync(callback: Callback<string>) {
      answer(script.headers ?? "", delay, callback);
    },
    body: {
      getAsync(coercion: string, callback: Callback<string>) {
        answer(coercion === "html" ? script.html : script.text, delay, callback);
      },
    },
    notificationMessages: {
      replaceAsync(key: string, details: Office.NotificationMessageDetails, callback: Callback<void>) {
        notifications.push({ action: "replace", key, details });
        callback({ status: "succeeded" });
      },
      removeAsync(key: string, callback: Callback<void>) {
        notifications.push({ action: "remove", key });
        callback({ status: "succeeded" });
      },
    },
  };
}

export interface MockOutlook {
  office: typeof Office;
  /** Selects another item (or none) and fires ItemChanged, as a pinned pane sees it. */
  select(item: ReturnType<typeof scriptedItem> | null): void;
  newMessageForms: unknown[];
  roaming: Map<string, unknown>;
  /** Error codes the next roamingSettings.saveAsync calls fail with, one per call. */
  saveFailures: number[];
  /** How many times roamingSettings.saveAsync was called. */
  saveCalls: () => number;
  /** When set, the next new-message forms fail with this message (the async form through its callback). */
  formFailure: { message: string | undefined };
}

export interface MockClient {
  /** userProfile.accountType. */
  accountType?: string;
  /** context.diagnostics.platform. */
  platform?: string;
  /** mailbox.diagnostics.hostName. */
  hostName?: string;
}

export function mockOutlook(
  item: ReturnType<typeof scriptedItem> | null,
  supportedVersion = "1.14",
  client: MockClient = {},
): MockOutlook {
  let itemChanged: (() => void) | undefined;
  const newMessageForms: unknown[] = [];
  const roaming = new Map<string, unknown>();
  const saveFailures: number[] = [];
  let saveCalls = 0;
  const formFailure: { message: string | undefined } = { message: undefined };
  const [major, minor] = supportedVersion.split(".").map(Number) as [number, number];
  const data = {
    // Tells office-addin-mock to give Outlook semantics (plain properties, no load/sync).
    host: "outlook",
    CoercionType: { Html: "html", Text: "text" },
    EventType: { ItemChanged: "olkItemSelectedChanged" },
    MailboxEnums: {
      ItemNotificationMessageType: {
        ErrorMessage: "errorMessage",
        InformationalMessage: "informationalMessage",
      },
    },
    context: {
      displayLanguage: "en-US",
      diagnostics: { host: "Outlook", platform: client.platform ?? "OfficeOnline", version: "16.0" },
      officeTheme: { bodyBackgroundColor: "#ffffff" },
      requirements: {
        isSetSupported(name: string, version: string) {
          const [wantMajor, wantMinor] = version.split(".").map(Number) as [number, number];
          return name === "Mailbox" && (wantMajor < major || (wantMajor === major && wantMinor <= minor));
        },
      },
      roamingSettings: {
        get: (key: string) => roaming.get(key),
        set: (key: string, value: unknown) => void roaming.set(key, value),
        saveAsync(callback: Callback<void>) {
          saveCalls += 1;
          const code = saveFailures.shift();
          if (code === undefined) callback({ status: "succeeded" });
          else
            callback({
              status: "failed",
              error: { name: "GenericSettingsError", code, message: "An internal error has occurred." },
            });
        },
      },
      mailbox: {
        addHandlerAsync(_type: string, handler: () => void, callback: Callback<void>) {
          itemChanged = handler;
          callback({ status: "succeeded" });
        },
        removeHandlerAsync(_type: string, callback: Callback<void>) {
          itemChanged = undefined;
          callback({ status: "succeeded" });
        },
        diagnostics: { hostName: client.hostName ?? "OutlookWebApp" },
        userProfile: {
          accountType: client.accountType ?? "office365",
          emailAddress: "reader@reader.example",
        },
        displayNewMessageForm(form: unknown) {
          if (formFailure.message !== undefined) throw new Error(formFailure.message);
          newMessageForms.push(form);
        },
        displayNewMessageFormAsync(form: unknown, callback: Callback<void>) {
          if (formFailure.message !== undefined)
            callback({
              status: "failed",
              error: { name: "GenericResponseError", code: 9020, message: formFailure.message },
            });
          else {
            newMessageForms.push(form);
            callback({ status: "succeeded" });
          }
        },
      },
    },
  };
  const office = new OfficeMockObject(data) as unknown as typeof Office;
  // Set after construction: office-addin-mock cannot hold a null item.
  (office.context.mailbox as unknown as { item: unknown }).item = item;
  return {
    office,
    select(next) {
      (office.context.mailbox as unknown as { item: unknown }).item = next;
      itemChanged?.();
    },
    newMessageForms,
    roaming,
    saveFailures,
    saveCalls: () => saveCalls,
    formFailure,
  };
}

// Reads the open message through Office.js into the classifier's Message, one call after
// another (Outlook on the web allows only a few at once), and lists what it could not read.

import type { AttachmentInfo, Mailbox, Message } from "../classifier";
import { requirementOf, supports } from "./compatibility";
import { callOffice, OfficeCallError } from "./officeCall";

export type MessagePart = "headers" | "html" | "text" | "attachments" | "sender" | "subject";

export interface ReadProblem {
  part: MessagePart;
  api: string;
  reason: "unsupported" | "failed" | "timeout" | "empty";
  detail: string;
}

export interface ReadResult {
  message: Message;
  problems: ReadProblem[];
}

/** The Office.js surface this module needs; the real `Office` object or a test stand-in. */
export type OfficeHost = Pick<typeof Office, "context" | "CoercionType">;

function toMailbox(details: Office.EmailAddressDetails | undefined | null): Mailbox | undefined {
  if (!details || !details.emailAddress) return undefined;
  return { name: details.displayName ?? "", address: details.emailAddress };
}

function problemFrom(part: MessagePart, api: string, error: unknown): ReadProblem {
  if (error instanceof OfficeCallError) return { part, api, reason: error.reason, detail: error.message };
  return { part, api, reason: "failed", detail: error instanceof Error ? error.message : String(error) };
}

/** Reads a property that may throw on some clients. */
function readProperty<T>(
  part: MessagePart,
  api: string,
  problems: ReadProblem[],
  read: () => T,
): T | undefined {
  try {
    return read();
  } catch (error) {
    problems.push(problemFrom(part, api, error));
    return undefined;
  }
}

export async function readMessage(item: Office.MessageRead, office: OfficeHost): Promise<ReadResult> {
  const problems: ReadProblem[] = [];
  const message: Message = {};

  message.subject = readProperty("subject", "item.subject", problems, () => item.subject);
  message.from = readProperty("sender", "item.from", problems, () => toMailbox(item.from));
  message.sender = readProperty("sender", "item.sender", problems, () => toMailbox(item.sender));
  message.to = readProperty("sender", "item.to", problems, () =>
    (item.to ?? []).map(toMailbox).filter((mailbox): mailbox is Mailbox => mailbox !== undefined),
  );
  message.deliveryReport = readProperty("sender", "item.itemClass", problems, () =>
    /^REPORT\./i.test(item.itemClass ?? ""),
  );
  message.reader = readProperty(
    "sender",
    "userProfile.emailAddress",
    problems,
    () => office.context.mailbox.userProfile.emailAddress?.trim() || undefined,
  );
  message.attachments = readProperty("attachments", "item.attachments", problems, () =>
    (item.attachments ?? [])
      .filter((attachment) => !attachment.isInline)
      .map((attachment): AttachmentInfo => ({
        name: attachment.name ?? "",
        contentType: attachment.contentType ?? "",
        size: attachment.size,
      })),
  );

  if (supports(office, "headers") && typeof item.getAllInternetHeadersAsync === "function") {
    try {
      const headers = await callOffice<string>("getAllInternetHeadersAsync", (callback) =>
        item.getAllInternetHeadersAsync(callback),
      );
      if (headers && headers.trim()) message.headers = headers;
      else
        problems.push({
          part: "headers",
          api: "getAllInternetHeadersAsync",
          reason: "empty",
          detail: "empty header block",
        });
    } catch (error) {
      problems.push(problemFrom("headers", "getAllInternetHeadersAsync", error));
    }
  } else {
    problems.push({
      part: "headers",
      api: "getAllInternetHeadersAsync",
      reason: "unsupported",
      detail: `needs Mailbox ${requirementOf("headers")}`,
    });
  }

  const bodies: Array<[MessagePart & ("html" | "text"), Office.CoercionType]> = [
    ["html", office.CoercionType.Html],
    ["text", office.CoercionType.Text],
  ];
  const bodiesSupported = supports(office, "body");
  for (const [part, coercion] of bodies) {
    if (!bodiesSupported) {
      problems.push({
        part,
        api: "body.getAsync",
        reason: "unsupported",
        detail: `needs Mailbox ${requirementOf("body")}`,
      });
      continue;
    }
    try {
      const body = await callOffice<string>(`body.getAsync(${part})`, (callback) =>
        item.body.getAsync(coercion, callback),
      );
      message[part] = body;
    } catch (error) {
      problems.push(problemFrom(part, `body.getAsync(${part})`, error));
    }
  }
  return { message, problems };
}

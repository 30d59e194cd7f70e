// Turns raw RFC 822 bytes (an .eml file) into the classifier's `Message`, with postal-mime.

import PostalMime, { addressParser } from "postal-mime";
import type { Address, Email } from "postal-mime";
import type { AttachmentInfo, Mailbox, Message } from "../classifier/types";

/** Why a file could not be read as an email; the CLI prints `message` and goes on. */
export class MailParseError extends Error {
  constructor(
    message: string,
    readonly reason: "not-email" | "malformed" | "too-large",
  ) {
    super(message);
    this.name = "MailParseError";
  }
}

/** Above this size a file is not read at all: no real mailbox item is this large. */
export const MAX_EML_BYTES = 64 * 1024 * 1024;

function firstMailbox(address: Address | undefined): Mailbox | undefined {
  if (!address) return undefined;
  if (address.address !== undefined) return { name: address.name, address: address.address };
  const member = address.group?.[0];
  return member ? { name: member.name, address: member.address } : undefined;
}

/**
 * The sender as a mail client shows it, from the raw From field. Broken mailers write a stray
 * comma after the display name ("Microsoft account team, <no-reply@…>"): the parser reads a name
 * with no address, then an address with no name. Outlook shows them as one sender, and so do we.
 */
function fromMailbox(email: Email): Mailbox | undefined {
  const parsed = firstMailbox(email.from);
  if (!parsed || parsed.address) return parsed;
  const raw = email.headers.find((header) => header.key === "from")?.value ?? "";
  const mailboxes = addressParser(raw).flatMap((entry) => (entry.group ? entry.group : [entry]));
  const withAddress = mailboxes.find((entry) => entry.address);
  if (!withAddress?.address) return parsed;
  return { name: withAddress.name || parsed.name, address: withAddress.address };
}

function mailboxes(addresses: Address[] | undefined): Mailbox[] | undefined {
  if (!addresses) return undefined;
  const flat: Mailbox[] = [];
  for (const address of addresses) {
    if (address.address !== undefined) flat.push({ name: address.name, address: address.address });
    else for (const member of address.group ?? []) flat.push({ name: member.name, address: member.address });
  }
  return flat;
}

function attachmentSize(content: Email["attachments"][number]["content"]): number {
  if (typeof content === "string") return content.length;
  return content.byteLength;
}

function describeAttachments(email: Email): AttachmentInfo[] {
  return email.attachments
    .filter((attachment) => !attachment.related)
    .map((attachment) => ({
      name: attachment.filename ?? "",
      contentType: attachment.mimeType,
      size: attachmentSize(attachment.content),
    }));
}

/** Header block as Outlook would hand it over: the top-level header lines, CRLF-separated. */
function headerBlock(email: Email): string {
  return email.headerLines.map((header) => header.line).join("\r\n");
}

/**
 * Parses one message. Throws `MailParseError` for input that is not an email (no header at all)
 * or that the MIME parser rejects; never returns a half-built object silently.
 */
export async function parseEml(raw: Uint8Array | ArrayBuffer | string): Promise<Message> {
  const size = typeof raw === "string" ? raw.length : raw.byteLength;
  if (size > MAX_EML_BYTES) {
    throw new MailParseError(`file is ${size} bytes, above the ${MAX_EML_BYTES}-byte limit`, "too-large");
  }
  let email: Email;
  try {
    email = await PostalMime.parse(raw, { attachmentEncoding: "arraybuffer", maxNestingDepth: 64 });
  } catch (error) {
    throw new MailParseError(`MIME parser rejected it: ${(error as Error).message}`, "malformed");
  }
  const knownHeaders = email.headers.filter((header) => /^[\x21-\x39\x3b-\x7e]+$/.test(header.originalKey));
  const looksLikeMail = knownHeaders.some((header) =>
    ["from", "to", "subject", "date", "received", "message-id", "return-path", "mime-version"].includes(
      header.key,
    ),
  );
  if (!looksLikeMail) {
    throw new MailParseError("no email headers (From, To, Subject, Date, Received…) found", "not-email");
  }
  return {
    headers: headerBlock(email),
    from: fromMailbox(email),
    sender: firstMailbox(email.sender),
    replyTo: mailboxes(email.replyTo),
    to: mailboxes(email.to),
    // What Outlook's itemClass (REPORT.IPM.Note.NDR…) says of the same message.
    deliveryReport: email.headers.some(
      (header) =>
        header.key === "content-type" && /^\s*multipart\/report\b[^]*delivery-status/i.test(header.value),
    ),
    subject: email.subject,
    text: email.text,
    html: email.html,
    attachments: describeAttachments(email),
  };
}

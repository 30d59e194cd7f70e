// Question 2: did Microsoft send it, and did Microsoft write it? Aligned, passing authentication for
// a Microsoft sending domain says Microsoft's servers sent it. Text someone else wrote that a
// Microsoft service carried (share notifications, guest invitations) is not Microsoft speaking. A
// delivery report of the reader's own mail system is the mail system speaking. Microsoft's own
// filter verdict is read from the copy its servers stamped on arrival, never from a copy the
// sender could have written (see headers.ts).

import { threatOfCodes } from "./data/microsoftVerdict";
import { ENCRYPTION_WRAPPER, MICROSOFT_CARRIER_SENDERS, MICROSOFT_SYSTEM_MAILBOXES } from "./data/microsoft";
import { FREE_MAIL_DOMAINS } from "./data/senders";
import { findLookalikeDomain, isMicrosoftSendingDomain, registrableDomain } from "./domains";
import {
  domainOfAddress,
  emptyAuthentication,
  headerValues,
  readAuthentication,
  readResults,
  readTrace,
  stripComments,
  trustedResultsIndex,
  type HeaderField,
  type Trace,
} from "./headers";
import { pushEvidence } from "./evidence";
import { mailtoAddress, type LinkFacts } from "./links";
import type {
  AskKind,
  AttachmentInfo,
  Authentication,
  CarrierId,
  Evidence,
  Message,
  MicrosoftVerdict,
  OriginAnswer,
  SenderFacts,
} from "./types";

/** Reply-To from the message, or from the header block where the front end has no field for it (Outlook). */
function replyToAddresses(message: Message, fields: readonly HeaderField[]): string[] {
  if (message.replyTo) return message.replyTo.map((mailbox) => mailbox.address);
  return headerValues(fields, "reply-to").flatMap((value) => value.split(","));
}

function aligned(domain: string, fromRegistrable: string): boolean {
  return domain !== "" && registrableDomain(domain) === fromRegistrable;
}

/** The From domain authentication proves, or "": DMARC pass, or an aligned DKIM or SPF pass. */
function verifiedDomainOf(
  authentication: Authentication,
  fromDomain: string,
  fromRegistrable: string,
): string {
  if (!fromDomain) return "";
  const provesFrom =
    authentication.dmarc === "pass" ||
    (authentication.dkim === "pass" &&
      authentication.dkimDomains.some((domain) => aligned(domain, fromRegistrable))) ||
    (authentication.spf === "pass" && aligned(authentication.spfDomain, fromRegistrable));
  return provesFrom ? fromRegistrable : "";
}

function readSender(
  message: Message,
  fields: readonly HeaderField[],
  authentication: Authentication,
): SenderFacts {
  const fromAddress = (message.from?.address ?? "").trim();
  const fromDomain = domainOfAddress(fromAddress);
  const fromRegistrableDomain = fromDomain ? registrableDomain(fromDomain) : "";
  const returnPath = headerValues(fields, "return-path")[0] ?? "";
  return {
    fromAddress,
    fromDomain,
    fromRegistrableDomain,
    returnPathDomain: domainOfAddress(returnPath),
    replyToDomains: replyToAddresses(message, fields).map(domainOfAddress).filter(Boolean),
    authentication,
    verifiedDomain: verifiedDomainOf(authentication, fromDomain, fromRegistrableDomain),
    freeMail: FREE_MAIL_DOMAINS.has(fromRegistrableDomain) || FREE_MAIL_DOMAINS.has(fromDomain),
  };
}

/** Key:value pairs of X-Forefront-Antispam-Report ("CAT:PHSH;SFV:SPM;…"), keys upper case. */
function forefrontFields(value: string): Map<string, string> {
  const pairs = new Map<string, string>();
  for (const part of value.split(";")) {
    const colon = part.indexOf(":");
    if (colon <= 0) continue;
    const key = part.slice(0, colon).trim().toUpperCase();
    if (!pairs.has(key)) pairs.set(key, part.slice(colon + 1).trim());
  }
  return pairs;
}

function numberOrUndefined(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d{1,2}$/.test(value.trim())) return undefined;
  return Number(value);
}

/** The last instance of a header within the block: Microsoft appends its stamps below the sender's own fields. */
function lastValue(
  fields: readonly HeaderField[],
  name: string,
  accept: (value: string) => boolean = () => true,
) {
  for (let index = fields.length - 1; index >= 0; index -= 1) {
    const field = fields[index];
    if (field && field.name === name && accept(field.value)) return field.value;
  }
  return undefined;
}

/**
 * Microsoft's verdict, when Microsoft's servers received the message. Exchange Online appends
 * X-Forefront-Antispam-Report, X-Microsoft-Antispam and X-MS-Exchange-Organization-SCL after the
 * sender's own header fields, so its copy is the last one; a copy a sender forged sits above it,
 * and "-Untrusted" copies and outbound scans (DIR:OUT) are another tenant's. Microsoft's
 * Authentication-Results (for compauth) is the one within its own hops.
 */
export function readMicrosoftVerdict(
  fields: readonly HeaderField[],
  trace: Trace,
): MicrosoftVerdict | undefined {
  if (!trace.microsoftReceived) return undefined;
  const forefront = lastValue(
    fields,
    "x-forefront-antispam-report",
    (value) => forefrontFields(value).get("DIR")?.toUpperCase() !== "OUT",
  );
  const antispam = lastValue(fields, "x-microsoft-antispam");
  const organizationScl = lastValue(fields, "x-ms-exchange-organization-scl");
  // Microsoft's own results: the receiver's, or, where Microsoft forwarded the message on, the
  // first within Microsoft's hops.
  const results =
    trace.receiver === "microsoft"
      ? fields[trustedResultsIndex(fields, trace)]
      : fields.find(
          (field, index) =>
            field.name === "authentication-results" &&
            index > trace.microsoftStart &&
            index < trace.entryIndex,
        );
  const compauth = emptyAuthentication();
  if (results) readResults(results.value, compauth);
  if (!forefront && !antispam && !organizationScl && compauth.compauth === "unknown") return undefined;
  const pairs = forefrontFields(forefront ?? "");
  const category = (pairs.get("CAT") ?? "").toUpperCase();
  const filterVerdict = (pairs.get("SFV") ?? "").toUpperCase();
  const safetyTip = pairs.get("SFTY") ?? "";
  return {
    category,
    filterVerdict,
    safetyTip,
    direction: (pairs.get("DIR") ?? "").toUpperCase(),
    scl: numberOrUndefined(pairs.get("SCL")) ?? numberOrUndefined(organizationScl),
    bcl: numberOrUndefined(forefrontFields(antispam ?? "").get("BCL")),
    compauth: compauth.compauth,
    compauthReason: compauth.compauthReason,
    threat:
      threatOfCodes(category, safetyTip, filterVerdict) !== undefined ||
      (compauth.compauth === "fail" && /^(000|001|010|6\d\d)$/.test(compauth.compauthReason)),
  };
}

function carrierOf(address: string): (typeof MICROSOFT_CARRIER_SENDERS)[number] | undefined {
  const lower = address.toLowerCase();
  return MICROSOFT_CARRIER_SENDERS.find((entry) =>
    entry.sender.startsWith("@")
      ? lower.endsWith(entry.sender) || lower.includes(`.${entry.sender.slice(1)}`)
      : lower === entry.sender,
  );
}

/**
 * A delivery report (RFC 3464 multipart/report, Exchange's NDR mark, or Outlook filing the item as a
 * report) from the mail system's own address.
 */
function isDeliveryReport(message: Message, fields: readonly HeaderField[], sender: SenderFacts): boolean {
  const contentType = (headerValues(fields, "content-type")[0] ?? "").toLowerCase();
  const report =
    message.deliveryReport === true ||
    (contentType.startsWith("multipart/report") && contentType.includes("delivery-status")) ||
    fields.some((field) => field.name === "x-ms-exchange-message-is-ndr");
  const local = sender.fromAddress.toLowerCase().split("@")[0] ?? "";
  const returnPath = (headerValues(fields, "return-path")[0] ?? "").replace(/\s/g, "");
  return report && (local === "postmaster" || local === "mailer-daemon" || returnPath === "<>");
}

/**
 * The reader's address: what Outlook says, else the Delivered-To / X-Original-To a receiving server
 * wrote on local delivery, above every Received field (a sender's copies lie below them).
 */
function readerAddress(message: Message, fields: readonly HeaderField[]): string {
  if (message.reader?.includes("@")) return message.reader.trim().toLowerCase();
  for (const field of fields) {
    if (field.name === "received") break;
    if (field.name === "delivered-to" || field.name === "x-original-to") {
      const address = stripComments(field.value)
        .replace(/[<>\s]/g, "")
        .toLowerCase();
      if (address.includes("@")) return address;
    }
  }
  return "";
}

/**
 * Mail from inside the reader's organisation: Exchange Online stamped it internal (its own
 * X-MS-Exchange-Organization-AuthAs, appended on arrival like its verdict), or authentication proves
 * it came from the reader's own domain. To: is not used: any sender writes there whom it likes.
 */
function fromOwnOrganisation(
  reader: string,
  fields: readonly HeaderField[],
  trace: Trace,
  sender: SenderFacts,
  verdict: MicrosoftVerdict | undefined,
): boolean {
  if (trace.microsoftReceived) {
    if (verdict?.direction === "INT") return true;
    if ((lastValue(fields, "x-ms-exchange-organization-authas") ?? "").trim().toLowerCase() === "internal")
      return true;
  }
  const domain = sender.verifiedDomain;
  const readerDomain = registrableDomain(reader.split("@").pop() ?? "");
  // Two people with Gmail or Outlook.com addresses are not one organisation.
  if (domain === "" || readerDomain === "" || FREE_MAIL_DOMAINS.has(readerDomain)) return false;
  return registrableDomain(domain) === readerDomain;
}

/** A Microsoft service delivered what the sender wrote. */
function carrierEvidence(sender: SenderFacts, carrier: CarrierId): Evidence {
  return {
    signal: "microsoft-service-carries-content",
    text: sender.fromAddress,
    location: "from-address",
    detail: carrier,
  };
}

export function readOrigin(message: Message, fields: readonly HeaderField[]): OriginAnswer {
  const trace = readTrace(fields);
  const authentication = readAuthentication(fields, trace);
  const sender = readSender(message, fields, authentication);
  const microsoftVerdict = readMicrosoftVerdict(fields, trace);
  const microsoftDomain = isMicrosoftSendingDomain(sender.fromDomain);
  const systemMailbox = MICROSOFT_SYSTEM_MAILBOXES.has(sender.fromAddress.toLowerCase());
  const sentByMicrosoft =
    (microsoftDomain || systemMailbox) &&
    (sender.verifiedDomain !== "" || (authentication.compauth === "pass" && trace.microsoftReceived));
  const carrierEntry = sentByMicrosoft ? carrierOf(sender.fromAddress) : undefined;
  const carrier: CarrierId | undefined = carrierEntry?.carrier;
  const deliveryReport = isDeliveryReport(message, fields, sender);
  const fromMicrosoft = sentByMicrosoft && carrier === undefined;

  const evidence: Evidence[] = [];
  if (microsoftVerdict?.threat) {
    pushEvidence(evidence, {
      signal: "microsoft-filter-verdict",
      text: [
        microsoftVerdict.category && `CAT:${microsoftVerdict.category}`,
        microsoftVerdict.filterVerdict && `SFV:${microsoftVerdict.filterVerdict}`,
        microsoftVerdict.safetyTip && `SFTY:${microsoftVerdict.safetyTip}`,
        microsoftVerdict.compauth !== "unknown" &&
          `compauth=${microsoftVerdict.compauth} reason=${microsoftVerdict.compauthReason}`,
      ]
        .filter(Boolean)
        .join(" "),
      location: "header",
    });
  }
  if (fromMicrosoft) {
    pushEvidence(evidence, {
      signal: "sent-by-microsoft",
      text: sender.fromAddress,
      location: "from-address",
      detail: sender.fromDomain,
    });
  } else if (carrier) {
    pushEvidence(evidence, carrierEvidence(sender, carrier));
  }
  if (deliveryReport)
    pushEvidence(evidence, { signal: "delivery-report", text: sender.fromAddress, location: "from-address" });
  if (!fromMicrosoft && sender.fromAddress) {
    if (microsoftDomain && authentication.present && !sentByMicrosoft) {
      pushEvidence(evidence, {
        signal: "microsoft-address-failed-authentication",
        text: sender.fromAddress,
        location: "from-address",
        detail: `spf=${authentication.spf} dkim=${authentication.dkim} dmarc=${authentication.dmarc} compauth=${authentication.compauth}`,
      });
    } else if (!microsoftDomain && !systemMailbox) {
      pushEvidence(evidence, {
        signal: sender.freeMail ? "free-mail-sender" : "sender-not-microsoft",
        text: sender.fromAddress,
        location: "from-address",
        detail: sender.fromRegistrableDomain,
      });
    }
  }
  const replyElsewhere = sender.replyToDomains.find(
    (domain) =>
      registrableDomain(domain) !== sender.fromRegistrableDomain && !isMicrosoftSendingDomain(domain),
  );
  if (replyElsewhere) {
    const address =
      replyToAddresses(message, fields).find((value) => domainOfAddress(value) === replyElsewhere) ??
      replyElsewhere;
    pushEvidence(evidence, {
      signal: "reply-to-elsewhere",
      text: address.trim(),
      location: "reply-to",
      detail: replyElsewhere,
    });
  }
  const returnPathLookalike = sender.returnPathDomain
    ? findLookalikeDomain(sender.returnPathDomain)
    : undefined;
  if (returnPathLookalike && sender.returnPathDomain !== sender.fromDomain) {
    pushEvidence(evidence, {
      signal: "lookalike-return-path",
      text: returnPathLookalike.displayed,
      location: "return-path",
      detail: returnPathLookalike.brand,
    });
  }
  return {
    sentByMicrosoft,
    carrier,
    deliveryReport,
    fromMicrosoft,
    ownOrganisation: fromOwnOrganisation(
      readerAddress(message, fields),
      fields,
      trace,
      sender,
      microsoftVerdict,
    ),
    sender,
    microsoftVerdict,
    evidence,
  };
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname.toLowerCase();
  } catch {
    return "";
  }
}

const PORTAL_HOSTS: readonly string[] = ENCRYPTION_WRAPPER.portalHosts;
const TEMPLATE_HOSTS: readonly string[] = ENCRYPTION_WRAPPER.templateHosts;

function isPortalLink(link: LinkFacts): boolean {
  return (
    link.scheme === "https" &&
    PORTAL_HOSTS.includes(link.host) &&
    pathOf(link.destination).startsWith(ENCRYPTION_WRAPPER.portalPathPrefix)
  );
}

/**
 * A mailto: link to the sender's own address, as the wrapper links the name of who sent it; one
 * that adds recipients or a prepared text (?cc=, ?body=) is not the template's.
 */
function isMailtoSender(link: LinkFacts, sender: string): boolean {
  // Nothing after a "?": no query at all, or an empty one.
  return sender !== "" && mailtoAddress(link) === sender.toLowerCase() && !/\?[^]/.test(link.destination);
}

/** The protected message: named .rpmsg, whatever type the client reports for it. */
function isPayload(attachment: AttachmentInfo): boolean {
  return attachment.name.trim().toLowerCase().endsWith(ENCRYPTION_WRAPPER.payloadExtension);
}

/** A picture beside it (an organisation's logo): a raster image by name and by type, never SVG, which can hold script. */
function isPicture(attachment: AttachmentInfo): boolean {
  const name = attachment.name.trim().toLowerCase();
  const type = attachment.contentType.trim().toLowerCase();
  return (
    ENCRYPTION_WRAPPER.pictureExtensions.some((extension) => name.endsWith(extension)) &&
    type.startsWith("image/") &&
    !type.includes("svg")
  );
}

/**
 * What a wrapper asks: open the portal link, the protected attachment, and (in an organisation's
 * branded wrapper) call its own desk. The number is the sender's only where Microsoft is named
 * nowhere but in the template's own lines (see WrapperFacts).
 */
const WRAPPER_ASKS: ReadonlySet<AskKind> = new Set(["link", "attachment", "call"]);

/** A template link: Microsoft's privacy and help pages, never its pages where anyone posts. */
function isTemplateLink(link: LinkFacts): boolean {
  if (link.scheme !== "https" || !TEMPLATE_HOSTS.includes(link.host)) return false;
  // The template's paths hold no escapes; "/%61nswers/" is "/answers/" to the server.
  const path = pathOf(link.destination);
  return (
    !path.includes("%") && !ENCRYPTION_WRAPPER.userContentPaths.some((segment) => path.includes(segment))
  );
}

/** What the wrapper test reads of a message besides its origin. */
export interface WrapperFacts {
  links: readonly LinkFacts[];
  /** Links past the analysed ones: unseen, so never taken for the template's. */
  skippedLinks: number;
  attachments: readonly AttachmentInfo[];
  asks: readonly AskKind[];
  /**
   * Whether Microsoft is named anywhere but in the template's own lines (subject, sender name, a
   * row above the number, "Windows Support", a logo other than Microsoft's own name…); asked only of
   * a wrapper that gives a number, with or without a word asking to call it, or whose sender no
   * authentication vouches for.
   */
  namesMicrosoftBeyondTemplate: () => boolean;
  /** Whether a number that could be called stands anywhere, even with no word asking to call it; asked last. */
  givesNumber: () => boolean;
}

/**
 * Microsoft's encryption wrapper around another organisation's message, and nothing else: the
 * sender authenticates for its own domain, or no authentication was given to check (Outlook gave
 * no headers, or the receiving server wrote no results), and then Microsoft is named nowhere but in
 * the template; the protected content is attached (.rpmsg), or it is not, as in the one-time-passcode
 * experience, which only links to the portal; beside it only images, such as the organisation's
 * logo; a link opens Microsoft's encryption portal and every other link is the template's own
 * (privacy statement, help, the sender's address); the message asks nothing but that link, that
 * attachment and, where Microsoft is named only in the template's own lines, a number to call. A
 * copy that adds a link anywhere else, an address to write to, a number in Microsoft's name, a
 * payment or another file is no wrapper, nor one whose sender fails authentication: what it asks is
 * then judged as usual. What such a wrapper leaves to ask of is Microsoft's own portal.
 */
export function isEncryptionWrapper(origin: OriginAnswer, facts: WrapperFacts): boolean {
  if (origin.fromMicrosoft || origin.carrier) return false;
  if (origin.sender.verifiedDomain === "" && origin.sender.authentication.present) return false;
  const { links, attachments, asks } = facts;
  if (facts.skippedLinks > 0 || !asks.every((kind) => WRAPPER_ASKS.has(kind))) return false;
  if (
    attachments.filter(isPayload).length > 1 ||
    !attachments.every((attachment) => isPayload(attachment) || isPicture(attachment))
  )
    return false;
  return (
    links.some(isPortalLink) &&
    links.every(
      (link) => isPortalLink(link) || isTemplateLink(link) || isMailtoSender(link, origin.sender.fromAddress),
    ) &&
    // Unauthenticated, nothing vouches for the sender: Microsoft named beyond the template is its story.
    !(
      (asks.includes("call") || !origin.sender.authentication.present || facts.givesNumber()) &&
      facts.namesMicrosoftBeyondTemplate()
    )
  );
}

/** The origin of a message a Microsoft service carried for its sender (see isEncryptionWrapper). */
export function carriedBy(origin: OriginAnswer, carrier: CarrierId): OriginAnswer {
  const evidence = [...origin.evidence];
  pushEvidence(evidence, carrierEvidence(origin.sender, carrier));
  return { ...origin, carrier, evidence };
}

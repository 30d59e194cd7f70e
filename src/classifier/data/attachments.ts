// Attachment types that run code or hide it: Microsoft never attaches updates to mail, so any
// of these in a "security update" mail is the scam.
// Sources (taken 2026-11-28): Microsoft Defender for Office 365 "common attachments filter"
// default list; Outlook's "blocked attachments in Outlook" support article (Level 1 types).
// Left out on purpose: .pdf and Office documents, which ordinary mail carries every day (they
// are reported only as "document" when a pattern already matched).

export type AttachmentRisk = "executable" | "script" | "archive" | "disk-image" | "html" | "macro-document";

export const RISKY_ATTACHMENT_EXTENSIONS: ReadonlyMap<string, AttachmentRisk> = new Map([
  ...[
    "exe",
    "msi",
    "msix",
    "msp",
    "com",
    "scr",
    "pif",
    "cpl",
    "dll",
    "appx",
    "appxbundle",
    "application",
    "gadget",
    "jar",
    "lnk",
    "reg",
    "inf",
    "hta",
    "msc",
  ].map((extension) => [extension, "executable"] as const),
  ...["js", "jse", "vbs", "vbe", "wsf", "wsh", "ps1", "psm1", "bat", "cmd", "sh"].map(
    (extension) => [extension, "script"] as const,
  ),
  ...["zip", "rar", "7z", "cab", "ace", "arj", "gz", "tgz", "tar", "xz", "bz2", "z", "lzh"].map(
    (extension) => [extension, "archive"] as const,
  ),
  ...["iso", "img", "vhd", "vhdx", "dmg"].map((extension) => [extension, "disk-image"] as const),
  ...["htm", "html", "shtml", "xhtml", "svg", "mht", "mhtml"].map(
    (extension) => [extension, "html"] as const,
  ),
  ...["docm", "xlsm", "pptm", "dotm", "xlam", "ppam", "xlsb"].map(
    (extension) => [extension, "macro-document"] as const,
  ),
]);

/** Content types that mean the same, for attachments whose name hides the type. */
export const RISKY_ATTACHMENT_CONTENT_TYPES: ReadonlyMap<string, AttachmentRisk> = new Map([
  ["application/x-msdownload", "executable"],
  ["application/x-msdos-program", "executable"],
  ["application/x-ms-installer", "executable"],
  ["application/x-msi", "executable"],
  ["application/vnd.microsoft.portable-executable", "executable"],
  ["application/java-archive", "executable"],
  ["application/hta", "executable"],
  ["application/javascript", "script"],
  ["application/x-javascript", "script"],
  ["text/javascript", "script"],
  ["text/vbscript", "script"],
  ["application/zip", "archive"],
  ["application/x-zip-compressed", "archive"],
  ["application/x-rar-compressed", "archive"],
  ["application/vnd.rar", "archive"],
  ["application/x-7z-compressed", "archive"],
  ["application/x-iso9660-image", "disk-image"],
  ["text/html", "html"],
  ["image/svg+xml", "html"],
]);

// What the Diagnostics section shows: host, platform, version, requirement sets, failed calls.

import { isSetSupported, type OfficeHost, type ReadProblem } from "./readMessage";

export interface Diagnostics {
  host: string;
  platform: string;
  version: string;
  displayLanguage: string;
  mailboxSets: Record<string, boolean>;
  problems: ReadProblem[];
}

const MAILBOX_VERSIONS = ["1.1", "1.3", "1.5", "1.8", "1.10", "1.14"];

export function collectDiagnostics(office: OfficeHost, problems: ReadProblem[]): Diagnostics {
  const context = office.context;
  const read = <T>(get: () => T, fallback: T): T => {
    try {
      return get() ?? fallback;
    } catch {
      return fallback;
    }
  };
  return {
    host: read(() => String(context.diagnostics?.host ?? ""), ""),
    platform: read(() => String(context.diagnostics?.platform ?? ""), ""),
    version: read(() => String(context.diagnostics?.version ?? ""), ""),
    displayLanguage: read(() => context.displayLanguage, ""),
    mailboxSets: Object.fromEntries(
      MAILBOX_VERSIONS.map((version) => [version, isSetSupported(office, version)]),
    ),
    problems,
  };
}

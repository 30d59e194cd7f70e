// Function file and event runtime: the handler of Outlook's integrated Report button.

import { classify } from "../classifier";
import { parseEml } from "../mail/parseEml";
import { handleSpamReport } from "../office/spamReport";

/** Decodes the Base64 .eml that getAsFileAsync returns, and names the first pattern found. */
async function findPattern(base64Eml: string) {
  const binary = atob(base64Eml);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return classify(await parseEml(bytes)).patterns[0]?.id;
}

function onSpamReport(event: Parameters<typeof handleSpamReport>[0]): void {
  void handleSpamReport(event, Office, findPattern);
}

Office.onReady(() => undefined);
Office.actions.associate("onSpamReport", onSpamReport);

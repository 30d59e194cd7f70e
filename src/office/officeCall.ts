// Turns Office.js callback APIs into promises, once, with a time limit: some clients never call back.

export class OfficeCallError extends Error {
  constructor(
    readonly api: string,
    readonly reason: "unsupported" | "failed" | "timeout",
    detail: string,
    /** Office.js's error code (9019 for an internal settings error, …), when it gave one. */
    readonly code?: number,
  ) {
    super(`${api}: ${detail}`);
    this.name = "OfficeCallError";
  }
}

export const OFFICE_CALL_TIMEOUT_MS = 10_000;

/**
 * Calls `invoke` with an Office.js-style callback and resolves with the result's value. A
 * synchronous throw, a failed status and a missing callback all reject with OfficeCallError;
 * nothing is thrown inside the callback itself, where no caller could catch it.
 */
export function callOffice<T>(
  api: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs = OFFICE_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new OfficeCallError(api, "timeout", `no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    try {
      invoke((result) => {
        // Office.AsyncResultStatus.Succeeded is the string "succeeded" at run time.
        if (result && String(result.status) === "succeeded") settle(() => resolve(result.value));
        else {
          const error = result?.error;
          const detail = error
            ? `${error.name ?? "error"} ${error.code ?? ""}: ${error.message ?? ""}`.trim()
            : "failed";
          const code = typeof error?.code === "number" ? error.code : undefined;
          settle(() => reject(new OfficeCallError(api, "failed", detail, code)));
        }
      });
    } catch (error) {
      settle(() =>
        reject(new OfficeCallError(api, "failed", error instanceof Error ? error.message : String(error))),
      );
    }
  });
}

// Trimming by character set with plain loops: an end-anchored regular expression such as
// /[.,]+$/ retries from every position and is quadratic on long runs.

/** `value` without leading and trailing characters for which `strip` is true. */
export function trimWhere(
  value: string,
  strip: (character: string) => boolean,
  ends: "both" | "end" = "both",
): string {
  let start = 0;
  let end = value.length;
  if (ends === "both") while (start < end && strip(value.charAt(start))) start += 1;
  while (end > start && strip(value.charAt(end - 1))) end -= 1;
  return value.slice(start, end);
}

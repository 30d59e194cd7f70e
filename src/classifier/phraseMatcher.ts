// Finds every occurrence of many phrases in one pass (Aho-Corasick), so matching stays linear
// in the text however large the phrase tables grow.

export interface PhraseHit<T> {
  /** Start (inclusive) and end (exclusive) in the searched text. */
  start: number;
  end: number;
  value: T;
}

interface Output<T> {
  length: number;
  value: T;
}

/** UTF-16 units are below 2^16, so state * 2^16 + unit names one transition exactly. */
const UNIT_RANGE = 0x10000;

const APOSTROPHES = new Set([0x27, 0x2019]);

/** "won" in "won't" is part of a contracted negative, not the word "won": "'t" glues to the word before. */
function isContractedNegative(text: string, end: number): boolean {
  return (
    APOSTROPHES.has(text.charCodeAt(end)) &&
    (text.charCodeAt(end + 1) === 0x74 || text.charCodeAt(end + 1) === 0x54) &&
    !isLatinWordUnit(text.charCodeAt(end + 2))
  );
}

function isLatinWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0xe0 && unit <= 0x24f);
}

export class PhraseMatcher<T> {
  /** All goto transitions of the trie in one map, keyed by state and unit. */
  private readonly transitions = new Map<number, number>();
  private readonly fail: number[] = [0];
  private readonly outputs: Array<Array<Output<T>>> = [[]];
  /** Units leaving each state, for building the failure links. */
  private readonly children: number[][] = [[]];
  /** The root's transitions by unit, 0 for none: most characters of a text are read at the root. */
  private readonly rootNext = new Int32Array(UNIT_RANGE);

  constructor(entries: ReadonlyArray<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
    this.link();
  }

  private add(phrase: string, value: T): void {
    if (phrase.length === 0) return;
    let state = 0;
    for (let index = 0; index < phrase.length; index += 1) {
      const unit = phrase.charCodeAt(index);
      const key = state * UNIT_RANGE + unit;
      let target = this.transitions.get(key);
      if (target === undefined) {
        target = this.fail.length;
        this.fail.push(0);
        this.outputs.push([]);
        this.children.push([]);
        this.transitions.set(key, target);
        this.children[state]?.push(unit);
      }
      state = target;
    }
    this.outputs[state]?.push({ length: phrase.length, value });
  }

  private next(state: number, unit: number): number | undefined {
    if (state === 0) return this.rootNext[unit] || undefined;
    return this.transitions.get(state * UNIT_RANGE + unit);
  }

  private link(): void {
    for (const unit of this.children[0] ?? []) this.rootNext[unit] = this.transitions.get(unit) ?? 0;
    const queue: number[] = [];
    for (const unit of this.children[0] ?? []) queue.push(this.next(0, unit) as number);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      for (const unit of this.children[state] ?? []) {
        const child = this.next(state, unit) as number;
        queue.push(child);
        let fallback = this.fail[state] ?? 0;
        while (fallback !== 0 && this.next(fallback, unit) === undefined) fallback = this.fail[fallback] ?? 0;
        const candidate = this.next(fallback, unit);
        const failure = candidate !== undefined && candidate !== child ? candidate : 0;
        this.fail[child] = failure;
        const inherited = this.outputs[failure] ?? [];
        if (inherited.length > 0) this.outputs[child]?.push(...inherited);
      }
    }
  }

  /**
   * Every match in `text`. A phrase that begins or ends with a Latin letter or digit only
   * matches at a word boundary there, so "scam" is not found in "scampi"; CJK phrases match
   * anywhere, as Japanese has no spaces. A contracted negative continues the word before it ("you
   * won" is not in "you won't"). Stops collecting after `limit` hits.
   */
  findAll(text: string, limit = 10_000): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      let target = this.next(state, unit);
      while (target === undefined && state !== 0) {
        state = this.fail[state] ?? 0;
        target = this.next(state, unit);
      }
      state = target ?? 0;
      for (const output of this.outputs[state] ?? []) {
        const start = index + 1 - output.length;
        const end = index + 1;
        if (
          isLatinWordUnit(text.charCodeAt(start)) &&
          start > 0 &&
          isLatinWordUnit(text.charCodeAt(start - 1))
        )
          continue;
        if (
          isLatinWordUnit(text.charCodeAt(end - 1)) &&
          end < text.length &&
          (isLatinWordUnit(text.charCodeAt(end)) || isContractedNegative(text, end))
        )
          continue;
        hits.push({ start, end, value: output.value });
        if (hits.length >= limit) return dropContainedHits(hits);
      }
    }
    return dropContainedHits(hits);
  }
}

/** Keeps the longest of nested hits with the same value ("unusual sign in activity" over "unusual sign in"). */
function dropContainedHits<T>(hits: Array<PhraseHit<T>>): Array<PhraseHit<T>> {
  const ordered = [...hits].sort((left, right) => left.start - right.start || right.end - left.end);
  const kept: Array<PhraseHit<T>> = [];
  const reachByValue = new Map<T, number>();
  for (const hit of ordered) {
    const reach = reachByValue.get(hit.value) ?? -1;
    if (hit.end <= reach) continue;
    kept.push(hit);
    reachByValue.set(hit.value, hit.end);
  }
  return kept;
}

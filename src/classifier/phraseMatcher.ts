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

/**
 * The trie is kept in flat arrays of small integers: each state's children as a list through
 * `firstChild` and `nextSibling`, each labelled with the unit that leads to it. Below the root a
 * state has few children, so a short walk finds a transition; the root, where most characters of
 * a text are read, has an array indexed by unit.
 */
export class PhraseMatcher<T> {
  private readonly fail: number[] = [0];
  /** Phrases ending at each state; undefined where none does (most states). */
  private readonly outputs: Array<Array<Output<T>> | undefined> = [undefined];
  private readonly firstChild: number[] = [0];
  private readonly nextSibling: number[] = [0];
  private readonly unitOf: number[] = [0];
  /** The root's transitions by unit, 0 for none. */
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
      let target = this.next(state, unit);
      if (target === undefined) {
        target = this.fail.length;
        this.fail.push(0);
        this.outputs.push(undefined);
        this.unitOf.push(unit);
        this.firstChild.push(0);
        this.nextSibling.push(this.firstChild[state] ?? 0);
        this.firstChild[state] = target;
        if (state === 0) this.rootNext[unit] = target;
      }
      state = target;
    }
    const output = { length: phrase.length, value };
    const existing = this.outputs[state];
    if (existing) existing.push(output);
    else this.outputs[state] = [output];
  }

  private next(state: number, unit: number): number | undefined {
    if (state === 0) return this.rootNext[unit] || undefined;
    for (let child = this.firstChild[state] ?? 0; child !== 0; child = this.nextSibling[child] ?? 0) {
      if (this.unitOf[child] === unit) return child;
    }
    return undefined;
  }

  private link(): void {
    const queue: number[] = [];
    for (let child = this.firstChild[0] ?? 0; child !== 0; child = this.nextSibling[child] ?? 0)
      queue.push(child);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      for (let child = this.firstChild[state] ?? 0; child !== 0; child = this.nextSibling[child] ?? 0) {
        const unit = this.unitOf[child] ?? 0;
        queue.push(child);
        let fallback = this.fail[state] ?? 0;
        while (fallback !== 0 && this.next(fallback, unit) === undefined) fallback = this.fail[fallback] ?? 0;
        const candidate = this.next(fallback, unit);
        const failure = candidate !== undefined && candidate !== child ? candidate : 0;
        this.fail[child] = failure;
        const inherited = this.outputs[failure];
        if (inherited) this.outputs[child] = [...(this.outputs[child] ?? []), ...inherited];
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
      const outputs = this.outputs[state];
      if (outputs === undefined) continue;
      for (const output of outputs) {
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

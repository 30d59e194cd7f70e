// Finds every occurrence of many phrases in one pass (Aho-Corasick), so matching stays linear
// in the text however large the phrase tables grow.

export interface PhraseHit<T> {
  /** Start (inclusive) and end (exclusive) in the searched text. */
  start: number;
  end: number;
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
 * The trie is kept in typed arrays sized once from the phrases' total length, so building it is a
 * few tight loops (the pane builds it at every start). Each state's children form a list through
 * `firstChild` and `nextSibling`, each labelled with the unit that leads to it: below the root a
 * state has few children, so a short walk finds a transition; the root, where most characters of a
 * text are read, has an array indexed by unit. Phrases ending at a state form a list through
 * `outputNext`; `outputLink` points to the nearest state down the failure chain where one ends.
 */
export class PhraseMatcher<T> {
  private readonly values: T[] = [];
  private readonly lengths: number[] = [];
  /** For each phrase, the next phrase ending at the same state; -1 for none. */
  private readonly outputNext: number[] = [];
  private readonly unitOf: Uint16Array;
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly fail: Int32Array;
  /** First and last phrase ending at each state; -1 where none does (most states). */
  private readonly outputFirst: Int32Array;
  private readonly outputLast: Int32Array;
  /** The nearest state down the failure chain where a phrase ends; 0 for none. */
  private readonly outputLink: Int32Array;
  /** The root's transitions by unit, 0 for none. */
  private readonly rootNext = new Int32Array(UNIT_RANGE);
  private states = 1;

  constructor(entries: ReadonlyArray<readonly [phrase: string, value: T]>) {
    let capacity = 1;
    for (const [phrase] of entries) capacity += phrase.length;
    this.unitOf = new Uint16Array(capacity);
    this.firstChild = new Int32Array(capacity);
    this.nextSibling = new Int32Array(capacity);
    this.fail = new Int32Array(capacity);
    this.outputFirst = new Int32Array(capacity).fill(-1);
    this.outputLast = new Int32Array(capacity).fill(-1);
    this.outputLink = new Int32Array(capacity);
    for (const [phrase, value] of entries) this.add(phrase, value);
    this.link();
  }

  private add(phrase: string, value: T): void {
    if (phrase.length === 0) return;
    let state = 0;
    for (let index = 0; index < phrase.length; index += 1) {
      const unit = phrase.charCodeAt(index);
      let target = this.next(state, unit);
      if (target === 0) {
        target = this.states;
        this.states += 1;
        this.unitOf[target] = unit;
        this.nextSibling[target] = this.firstChild[state] as number;
        this.firstChild[state] = target;
        if (state === 0) this.rootNext[unit] = target;
      }
      state = target;
    }
    const output = this.values.length;
    this.values.push(value);
    this.lengths.push(phrase.length);
    this.outputNext.push(-1);
    const last = this.outputLast[state] as number;
    if (last < 0) this.outputFirst[state] = output;
    else this.outputNext[last] = output;
    this.outputLast[state] = output;
  }

  /** The state reached from `state` by `unit`, 0 for none (the root is never a target). */
  private next(state: number, unit: number): number {
    if (state === 0) return this.rootNext[unit] as number;
    for (
      let child = this.firstChild[state] as number;
      child !== 0;
      child = this.nextSibling[child] as number
    ) {
      if (this.unitOf[child] === unit) return child;
    }
    return 0;
  }

  private link(): void {
    const queue = new Int32Array(this.states);
    let tail = 0;
    for (let child = this.firstChild[0] as number; child !== 0; child = this.nextSibling[child] as number)
      queue[tail++] = child;
    for (let head = 0; head < tail; head += 1) {
      const state = queue[head] as number;
      for (
        let child = this.firstChild[state] as number;
        child !== 0;
        child = this.nextSibling[child] as number
      ) {
        const unit = this.unitOf[child] as number;
        queue[tail++] = child;
        let fallback = this.fail[state] as number;
        while (fallback !== 0 && this.next(fallback, unit) === 0) fallback = this.fail[fallback] as number;
        const candidate = this.next(fallback, unit);
        const failure = candidate !== child ? candidate : 0;
        this.fail[child] = failure;
        this.outputLink[child] =
          (this.outputFirst[failure] as number) >= 0 ? failure : (this.outputLink[failure] as number);
      }
    }
  }

  /**
   * Every match in `text`. A phrase that begins or ends with a Latin letter or digit only
   * matches at a word boundary there, so "scam" is not found in "scampi"; CJK phrases match
   * anywhere, as Japanese has no spaces. A contracted negative continues the word before it ("you
   * won" is not in "you won't"). Stops collecting after `limit` hits, and keeps at most `perValue`
   * hits of one value, so a phrase repeated hundreds of times cannot use up the limit. A hit that
   * `accept` turns down is not kept and counts for nothing.
   */
  findAll(
    text: string,
    limit = 10_000,
    perValue = limit,
    accept?: (start: number, value: T) => boolean,
  ): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    const counts = new Map<T, number>();
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      let target = this.next(state, unit);
      while (target === 0 && state !== 0) {
        state = this.fail[state] as number;
        target = this.next(state, unit);
      }
      state = target;
      let ending = (this.outputFirst[state] as number) >= 0 ? state : (this.outputLink[state] as number);
      for (; ending !== 0; ending = this.outputLink[ending] as number) {
        for (
          let output = this.outputFirst[ending] as number;
          output >= 0;
          output = this.outputNext[output] as number
        ) {
          const start = index + 1 - (this.lengths[output] as number);
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
          const value = this.values[output] as T;
          if (accept && !accept(start, value)) continue;
          if (perValue < limit) {
            const count = counts.get(value) ?? 0;
            if (count >= perValue) continue;
            counts.set(value, count + 1);
          }
          hits.push({ start, end, value });
          if (hits.length >= limit) return dropContainedHits(hits);
        }
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

// Finds every occurrence of many phrases in one pass (Aho-Corasick), so matching stays linear
// in the text however large the phrase tables grow.

export interface PhraseHit<T> {
  /** Start (inclusive) and end (exclusive) in the searched text. */
  start: number;
  end: number;
  value: T;
}

interface Node<T> {
  next: Map<number, number>;
  fail: number;
  /** Values of the phrases ending here, with their lengths. */
  outputs: Array<{ length: number; value: T }>;
}

function isLatinWordUnit(unit: number): boolean {
  return (unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0xe0 && unit <= 0x24f);
}

export class PhraseMatcher<T> {
  private readonly nodes: Array<Node<T>> = [{ next: new Map(), fail: 0, outputs: [] }];

  constructor(entries: ReadonlyArray<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
    this.link();
  }

  private add(phrase: string, value: T): void {
    if (phrase.length === 0) return;
    let state = 0;
    for (let index = 0; index < phrase.length; index += 1) {
      const unit = phrase.charCodeAt(index);
      const node = this.nodes[state] as Node<T>;
      let target = node.next.get(unit);
      if (target === undefined) {
        target = this.nodes.length;
        this.nodes.push({ next: new Map(), fail: 0, outputs: [] });
        node.next.set(unit, target);
      }
      state = target;
    }
    (this.nodes[state] as Node<T>).outputs.push({ length: phrase.length, value });
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of (this.nodes[0] as Node<T>).next.values()) queue.push(child);
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      const node = this.nodes[state] as Node<T>;
      for (const [unit, child] of node.next) {
        queue.push(child);
        let fallback = node.fail;
        while (fallback !== 0 && !(this.nodes[fallback] as Node<T>).next.has(unit)) {
          fallback = (this.nodes[fallback] as Node<T>).fail;
        }
        const candidate = (this.nodes[fallback] as Node<T>).next.get(unit);
        const childNode = this.nodes[child] as Node<T>;
        childNode.fail = candidate !== undefined && candidate !== child ? candidate : 0;
        childNode.outputs.push(...(this.nodes[childNode.fail] as Node<T>).outputs);
      }
    }
  }

  /**
   * Every match in `text`. A phrase that begins or ends with a Latin letter or digit only
   * matches at a word boundary there, so "scam" is not found in "scampi"; CJK phrases match
   * anywhere, as Japanese has no spaces. Stops collecting after `limit` hits.
   */
  findAll(text: string, limit = 10_000): Array<PhraseHit<T>> {
    const hits: Array<PhraseHit<T>> = [];
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      let node = this.nodes[state] as Node<T>;
      while (state !== 0 && !node.next.has(unit)) {
        state = node.fail;
        node = this.nodes[state] as Node<T>;
      }
      state = node.next.get(unit) ?? 0;
      for (const output of (this.nodes[state] as Node<T>).outputs) {
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
          isLatinWordUnit(text.charCodeAt(end))
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

/** Edit distance (Damerau: a swap of two neighbours counts once), for "Có phải ý bạn là …?". */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known word closest to what was typed, when it is close enough to be a slip (about one
 * mistake in three letters) or when what was typed is the start of exactly one known word.
 */
export function closest(typed: string, known: readonly string[]): string | undefined {
  const lower = typed.toLowerCase();
  const prefixed = known.filter((k) => lower.length >= 2 && k.startsWith(lower));
  if (prefixed.length === 1) return prefixed[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    const dist = distance(lower, k);
    if (dist < bestDistance) {
      best = k;
      bestDistance = dist;
    }
  }
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(Math.max(lower.length, best.length) / 3)) ? best : undefined;
}

/** " Có phải ý bạn là "x"?" or nothing. */
export function didYouMean(typed: string, known: readonly string[], prefix = ''): string {
  const hit = closest(typed, known);
  return hit === undefined ? '' : ` Có phải ý bạn là "${prefix}${hit}"?`;
}

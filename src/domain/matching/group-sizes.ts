/** Smallest and largest group size a run may ask for. */
export const groupSizeLimits = { min: 3, max: 6 } as const;

/** Planned group sizes for a pool, and how many people cannot be placed in any of them. */
export interface GroupSizePlan {
  /** Largest first. */
  readonly sizes: readonly number[];
  readonly remainder: number;
}

/**
 * Splits `count` people into groups of `size` (3..6, clamped). When `count % size` = r is not
 * 0 we either grow r groups to size + 1 or shrink size - r groups to size - 1, whichever
 * changes fewer groups (a tie grows: a bigger group survives a drop-out better). Sizes never
 * leave 3..6, so size 3 only grows and size 6 only shrinks. If neither fits (tiny pools) we
 * keep full groups and leave the rest as remainder.
 */
export function planGroupSizes(count: number, size: number): GroupSizePlan {
  const k = Math.min(groupSizeLimits.max, Math.max(groupSizeLimits.min, Math.round(size)));
  const full = Math.floor(count / k);
  const r = count % k;
  const repeat = (n: number, s: number) => Array.from({ length: n }, () => s);
  if (r === 0) return { sizes: repeat(full, k), remainder: 0 };
  const canGrow = k + 1 <= groupSizeLimits.max && r <= full;
  const shrinkCount = k - r;
  const keptFull = full - k + 1 + r;
  const canShrink = k - 1 >= groupSizeLimits.min && keptFull >= 0;
  const grow = () => ({ sizes: [...repeat(r, k + 1), ...repeat(full - r, k)], remainder: 0 });
  const shrink = () => ({
    sizes: [...repeat(keptFull, k), ...repeat(shrinkCount, k - 1)],
    remainder: 0,
  });
  if (canGrow && (r <= shrinkCount || !canShrink)) return grow();
  if (canShrink) return shrink();
  return { sizes: repeat(full, k), remainder: r };
}

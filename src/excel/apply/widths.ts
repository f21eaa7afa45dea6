/** Excel column width in points for a width in characters (7 px per character plus padding, 0.75 pt per px). */
export function widthPoints(chars: number): number {
  return Math.round((7 * chars + 5) * 0.75);
}

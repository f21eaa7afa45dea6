/** Placeholder entry so the build has a target; replaced by the real CLI. */
export async function main(_argv: string[]): Promise<number> {
  return 0;
}

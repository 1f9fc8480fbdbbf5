export interface BenchOptions {
  /** Small sizes and few runs: proves every section still runs (CI), not how fast. */
  quick: boolean;
  /** `--sizes=1000,10000`: plan sizes for the benchmarks that take them (the UI benchmark), instead of their defaults. */
  sizes?: number[];
}

/** Fails the benchmark when the page reported errors: its figures would measure a broken page. */
export function failOnPageErrors(errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`page errors: ${errors.join(' | ')}`);
}

/** A benchmark needs the built renderer: a clear failure, never a silent skip. */
export function requireBuiltRenderer(rendererDir: string, exists: boolean): void {
  if (!exists) throw new Error(`${rendererDir} is missing: run \`npm run build:renderer\` first`);
}

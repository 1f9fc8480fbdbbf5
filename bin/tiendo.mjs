#!/usr/bin/env node
// The `tiendo` command: registers tsx so that Node runs the TypeScript sources
// of cli/, core/ and db/ as they are (the same code as the app, no build step).
const major = Number(process.versions.node.split('.')[0]);
if (major < 22) {
  process.stderr.write(`tiendo cần Node.js 22 trở lên (đang chạy ${process.versions.node}). / tiendo needs Node.js 22 or later.\n`);
  process.exit(2);
}
const { register } = await import('tsx/esm/api');
register();
const { runCli } = await import('../cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });

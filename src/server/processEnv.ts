// The language server reads its environment into a plain object once, at start. `yaml`'s Parser
// looks up `process.env.LOG_TOKENS` for every token it reads (yaml dist/parse/parser.js,
// `Parser.next`), and Node's `process.env` answers each look-up from the C environment: measured on
// the benchmark's 2,000-file workspace, that look-up is a quarter of the parse, so of the index.
// The server never changes its environment afterwards, and child processes (git) still get every
// variable, as spawn passes `process.env` whatever it is.

/** Replaces `process.env` with a plain copy of it; returns the environment it replaced. */
export function snapshotProcessEnv(): NodeJS.ProcessEnv {
  const live = process.env;
  process.env = { ...live };
  return live;
}

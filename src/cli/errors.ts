// The CLI's two kinds of failure, both exit 2. Only a mistake in the command line itself earns the
// usage text; a problem with the input (a missing file, a manifest that cannot be simulated) is
// said in one line, so the message is not lost above forty lines of help.

/** Exit 2 with this message on stderr (and nothing else). */
export class UsageError extends Error {}

/** Exit 2 with this message and the usage text: the arguments themselves are wrong. */
export class ArgumentError extends UsageError {}

// `statefulset-studio explain <Kind>.<field.path>` — placeholder until field docs land (see fieldDocs).
import { UsageError } from './files';

export function runExplain(args: readonly string[]): string {
  if (args.length !== 1) throw new UsageError('explain takes one argument: <Kind>.<field.path>');
  throw new UsageError('explain is not built yet');
}

// Names for Service ports that have none (required once a Service has more than one port): the
// port number, with the protocol when it is not TCP (`port-80`, `port-53-udp`), kept unique.

/** A DNS-1123 label for a port, not among `taken` (which it is added to). */
export function defaultPortName(port: number | undefined, protocol: string, index: number, taken: Set<string>): string {
  const suffix = protocol.toUpperCase() === 'TCP' ? '' : `-${protocol.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
  const base = `port-${port === undefined ? index : port}${suffix}`;
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

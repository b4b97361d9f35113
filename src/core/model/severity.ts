// How serious a finding is: the four levels every editor and the CLI's JSON contract share.
export type Severity = 'error' | 'warning' | 'information' | 'hint';

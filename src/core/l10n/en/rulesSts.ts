// English strings of the StatefulSet rules (files sts-*.ts): messages, docs and fix titles, keys `rule.<id>.*`.
export const rulesSts = {} as const;

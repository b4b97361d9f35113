// IntOrString fields that count pods as a number or a percentage (`maxUnavailable`, `minAvailable`):
// how validation reads them (ValidatePositiveIntOrPercent, IsValidPercent, IsNotMoreThan100Percent
// in pkg/apis/apps/validation) and how controllers turn a percentage into pods
// (intstr.GetScaledValueFromIntOrPercent).

const PERCENT = /^[0-9]+%$/;
export const PERCENT_PROBLEM =
  "a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%', or '93%', regex used for validation is '[0-9]+%')";

export interface IntOrPercent {
  readonly value: number;
  readonly percent: boolean;
}

/** A whole number, or a string such as `25%`; undefined for anything validation refuses as a format. */
export function toIntOrPercent(value: unknown): IntOrPercent | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? { value, percent: false } : undefined;
  if (typeof value !== 'string' || !PERCENT.test(value)) return undefined;
  return { value: Number(value.slice(0, -1)), percent: true };
}

/** What is wrong with a value that is set, by ValidatePositiveIntOrPercent and IsNotMoreThan100Percent (0 allowed). */
export function intOrPercentProblem(value: number | string): string | undefined {
  if (typeof value === 'number') return value < 0 ? 'must be greater than or equal to 0' : undefined;
  if (!PERCENT.test(value)) return PERCENT_PROBLEM;
  return Number(value.slice(0, -1)) > 100 ? 'must not be greater than 100%' : undefined;
}

/** GetScaledValueFromIntOrPercent: a percentage of `total`, rounded up or down. */
export function scaledValue(amount: IntOrPercent, total: number, roundUp: boolean): number {
  if (!amount.percent) return amount.value;
  const exact = (amount.value * total) / 100;
  return roundUp ? Math.ceil(exact) : Math.floor(exact);
}

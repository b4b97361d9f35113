import * as assert from 'node:assert/strict';
import { decodeQuantity, isQuantityString, parseQuantity } from '../../../src/core/schema/quantity';
import { checkTexts, findingsOf } from '../helpers';

// From k8s.io/apimachinery/pkg/api/resource/quantity_test.go: the inputs of TestQuantityParse
// (each is also tried with a leading "-" and "+" there), TestParseQuantityString,
// TestQuantityString (canonical and alternate forms) and TestQuantityParseEmit.
const VALID = [
  '0', '0n', '0u', '0m', '0Ki', '0k', '0Mi', '0M', '0Gi', '0G', '0Ti', '0T', '1',
  '1Ki', '8Ki', '7Mi', '6Gi', '5Ti', '4Pi', '3Ei', '10Ti', '100Ti',
  '5n', '4u', '3m', '9', '8k', '50k', '7M', '6G', '5T', '40T', '300T', '2P', '1E',
  '1E-3', '1e3', '1E6', '1e9', '1E12', '1e15', '1E18', '1e14', '1e13', '100.035k',
  '0.001', '0.0005k', '0.005', '0.05', '0.5', '0.00050k', '0.00500', '0.05000', '0.50000', '0.5e0', '0.5e-1', '0.5e-2', '10.035M',
  '1.2e3', '1.3E+6', '1.40e9', '1.53E12', '1.6e15', '1.7E18',
  '9.01', '8.1k', '7.123456M', '6.987654321G', '5.444T', '40.1T', '300.2T', '2.5P', '1.01E',
  '3.001n', '1.1E-9', '0.0000000001', '0.0000000005', '0.00000000050', '0.5e-9', '0.9n', '0.00000012345', '0.00000012354',
  '9Ei', '9223372036854775807Ki', '12E',
  '100.035Ki', '0.5Mi', '0.05Gi', '0.025Ti',
  '0.000000000001Ki', '.001', '.0001k', '1.', '1.G',
  '0.025Ti', '1.025Ti', '-1.025Ti', '.', '-.',
  '1Gi', '1024Mi', '300Mi', '307200Ki', '6Ki', '1001Gi', '1025024Mi', '1Ti', '5', '5000m', '500m', '1G', '1000M', '0.001T',
  '1m', '1000u', '80m', '1080m', '1.08', '1080000000n', '300M', '1T', '1e21', '1000E', '5e21', '5000E', '1e24', '1000000E',
  '10e69', '20e69', '1e72', '1234567M', '1234567m', '3k', '1025', '1e9', '.001e12', '1e-3', '0.001e0', '1e-9', '1000e-12',
  '80e-3', '300e6', '1e12', '3e3', '00', '1n', '80n', '1080n', '1u', '80u', '1080u',
  '.000001Ki', '.000000001Ki', '.000000000001Ki',
  // TestInterpretExponentInt32Bounds: exponents up to ±MaxInt32.
  '1e14', '1E2147483647', '1E-2147483647',
];

// TestQuantityParse's `invalid` list, the empty string, MustParse("Non-Numeric"), and exponents
// past ±MaxInt32 (TestInterpretExponentInt32Bounds).
const INVALID = [
  '1.1.M', '1+1.0M', '0.1mi', '0.1am', 'aoeu', '.5i', '1i', '-3.01i', '-3.01e-', '1e4294967297', ' 1', '1 ', '', 'Non-Numeric',
  '1E2147483648', '1E-2147483648', '1E4294967297', '1E8589934592', '1E9223372036854775807', '1E9223372036854775808', '1E6024865272343',
];

/** A StatefulSet requesting `cpu` for its container and `storage` for its claim template. */
function withQuantities(cpu: string, storage: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: web}
spec:
  serviceName: web
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers: [{name: c, image: nginx, resources: {requests: {cpu: "${cpu}"}}}]
  volumeClaimTemplates: [{metadata: {name: data}, spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: "${storage}"}}}}]
`;
}

describe('parseQuantity (resource.ParseQuantity)', () => {
  it('accepts every quantity apimachinery\'s quantity_test.go parses, with a leading - or + too', () => {
    for (const text of VALID) {
      const signed = /^[-+]/.test(text) ? [text] : [text, `-${text}`, `+${text}`];
      for (const variant of signed) assert.ok(parseQuantity(variant), variant);
    }
  });

  it('rejects every quantity quantity_test.go expects an error for', () => {
    for (const text of INVALID) assert.equal(parseQuantity(text), undefined, JSON.stringify(text));
  });

  it('decides digit-less numbers as ParseQuantity\'s int64 fast path and inf.Dec slow path do', () => {
    // No digit parses as zero while the fast path takes it; the slow path needs a digit.
    for (const text of ['m', 'Ki', 'Ti', '-', '+', '-.Mi', '.e-9']) assert.deepEqual(parseQuantity(text), { sign: 0 }, text);
    for (const text of ['Pi', 'Ei', '-.Ei', '.e-10', 'e-10', 'e', 'i']) assert.equal(parseQuantity(text), undefined, text);
    for (const text of ['0Pi', '0Ei', '0e-10']) assert.deepEqual(parseQuantity(text), { sign: 0 }, text);
  });

  it('gives the sign of the value: a tiny positive value stays positive', () => {
    const signs = Object.fromEntries(['0', '-0Gi', '+000.000', '-1', '-.5m', '1', '0.000000000001Ki', '1e-100', '+5m'].map((t) => [t, parseQuantity(t)?.sign]));
    assert.deepEqual(signs, { '0': 0, '-0Gi': 0, '+000.000': 0, '-1': -1, '-.5m': -1, '1': 1, '0.000000000001Ki': 1, '1e-100': 1, '+5m': 1 });
  });

  it('trims white space as Quantity.UnmarshalJSON does (strings.TrimSpace), no more', () => {
    for (const text of [' 1Gi', '1Gi\n', '\t500m ', '\u00851', '1\u3000']) assert.ok(decodeQuantity(text), JSON.stringify(text));
    for (const text of ['1 Gi', '\uFEFF1', ' ']) assert.equal(decodeQuantity(text), undefined, JSON.stringify(text));
    assert.equal(isQuantityString(' 2Gi '), true);
  });

  it('rejects 200,000 digits ending in x in linear time (the old regex took over a minute)', () => {
    const long = `${'1'.repeat(200_000)}x`;
    const spaces = `1${' '.repeat(200_000)}x`;
    const started = performance.now();
    assert.equal(isQuantityString(long), false);
    assert.equal(isQuantityString(spaces), false);
    assert.equal(isQuantityString(`1e${'1'.repeat(200_000)}`), false);
    assert.equal(isQuantityString(`${'1'.repeat(200_000)}.${'0'.repeat(200_000)}Gi`), true);
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 500, `took ${elapsed.toFixed(0)} ms`);
  });

  it('checks a manifest whose cpu and storage are 200,000 digits ending in x in well under a second', () => {
    const digits = `${'1'.repeat(200_000)}x`;
    const started = performance.now();
    const diagnostics = checkTexts({ 'file:///big.yaml': withQuantities(digits, digits) }).get('file:///big.yaml') ?? [];
    const elapsed = performance.now() - started;
    const notQuantity = diagnostics.filter((d) => d.ruleId === 'k8s-schema' && d.message.includes('is not a quantity'));
    assert.deepEqual(notQuantity.map((d) => d.path), [
      'spec.template.spec.containers[0].resources.requests.cpu',
      'spec.volumeClaimTemplates[0].spec.resources.requests.storage',
    ]);
    assert.ok(elapsed < 2000, `took ${elapsed.toFixed(0)} ms`);
  });

  it('gives vct-storage-request-missing the sign it reports a zero or negative storage request by', () => {
    const reported = (storage: string) => findingsOf('vct-storage-request-missing', withQuantities('1', storage)).length > 0;
    assert.deepEqual(['0', ' -0Gi ', '-1Gi', '-.5Mi', 'm', '1Gi', '1e-100', '0.000000000001Ki', 'lots', `${'1'.repeat(200_000)}x`].map(reported),
      [true, true, true, true, true, false, false, false, false, false]);
  });
});

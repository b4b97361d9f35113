// The bundled CLI (dist/cli.js, built by `node esbuild.mjs` / `npm run build` before the tests) in
// Simplified Chinese: chosen with --locale on any command or from LANG / LC_ALL / LC_MESSAGES.
// Only the words change: the JSON keys, the text line format and the exit codes stay the same.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const BROKEN = 'examples/broken/service-not-headless.yaml';
const HAN = /[\u4e00-\u9fff]/;

/** Runs the CLI with the locale variables cleared, then set as given. */
function run(args: string[], locale: Record<string, string> = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: 'C.UTF-8', ...locale };
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('statefulset-studio CLI locale', () => {
  before(() => assert.ok(fs.existsSync(CLI), 'dist/cli.js is missing: run `node esbuild.mjs` first'));

  it('prints the usage in Chinese with --locale zh-CN, and in English by default', () => {
    const zh = run(['--locale', 'zh-CN', '--help']);
    assert.equal(zh.code, 0);
    assert.match(zh.stdout, /^用法：\n/);
    assert.match(zh.stdout, /statefulset-studio check \[--format text\|json\|sarif\]/, 'the synopsis keeps its option names');
    assert.match(zh.stdout, /^check {4}检查 StatefulSet/m);
    const en = run(['--help']);
    assert.equal(en.code, 0);
    assert.match(en.stdout, /^Usage:\n/);
    assert.doesNotMatch(en.stdout, HAN);
  });

  it('follows LANG=zh_CN.UTF-8, and LC_ALL before LANG', () => {
    assert.match(run(['help'], { LANG: 'zh_CN.UTF-8' }).stdout, /^用法：/);
    assert.match(run(['help'], { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }).stdout, /^用法：/);
    assert.match(run(['help'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }).stdout, /^Usage:/);
    assert.match(run(['help', '--locale', 'en'], { LANG: 'zh_CN.UTF-8' }).stdout, /^Usage:/, '--locale wins over the environment');
    assert.match(run(['help'], { LANG: 'fr_FR.UTF-8' }).stdout, /^Usage:/, 'English for a locale without a table');
  });

  it('says usage errors in Chinese with the usage, input problems without it, exit code 2 and the program prefix', () => {
    for (const [args, message] of [
      [['check', '--format', 'xml', '--locale', 'zh-CN'], /--format 必须为 text、json 或 sarif（实际为 xml）/],
      [['--locale', 'zh-CN', 'frobnicate'], /未知命令：frobnicate/],
      [['check', '--bogus', '--locale', 'zh-CN'], /未知选项 --bogus/],
      [['explain', 'Pod.spec', '--locale', 'zh-CN'], /explain 只认识 StatefulSet 和 Service，不认识 Pod/],
      [['simulate', '--locale', 'zh-CN'], /simulate 只接受一个清单文件/],
    ] as const) {
      const { code, stderr, stdout } = run([...args]);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, /^statefulset-studio: /, args.join(' '));
      assert.match(stderr, message, args.join(' '));
      assert.match(stderr, /\n\n用法：\n/, 'the usage that follows is Chinese too');
      assert.equal(stdout, '');
    }
    const input = run(['check', 'no/such/file.yaml', '--locale=zh-CN']);
    assert.equal(input.code, 2);
    assert.match(input.stderr, /^statefulset-studio: 无法读取 no\/such\/file\.yaml/);
    assert.doesNotMatch(input.stderr, /用法/, 'an input problem is not a usage error: no usage text');
    assert.equal(input.stdout, '');
    const { code, stderr } = run(['frobnicate'], { LANG: 'zh_CN.UTF-8' });
    assert.equal(code, 2);
    assert.match(stderr, /^statefulset-studio: 未知命令：frobnicate/);
  });

  it('rejects --locale without a value (exit 2)', () => {
    const { code, stderr } = run(['check', '--locale']);
    assert.equal(code, 2);
    assert.match(stderr, /^statefulset-studio: --locale takes a locale/);
  });

  it('keeps the JSON contract and the exit code in Chinese', () => {
    const en = run(['check', '--format', 'json', BROKEN]);
    const zh = run(['check', '--format', 'json', '--locale', 'zh-CN', BROKEN]);
    assert.equal(en.code, 1);
    assert.equal(zh.code, 1);
    const [enFindings, zhFindings] = [JSON.parse(en.stdout), JSON.parse(zh.stdout)];
    assert.equal(zhFindings.length, enFindings.length);
    zhFindings.forEach((finding: Record<string, unknown>, i: number) => {
      assert.deepEqual(Object.keys(finding), ['file', 'document', 'kind', 'name', 'path', 'rule', 'severity', 'message', 'range']);
      const { message: _zh, ...rest } = finding;
      const { message: _en, ...enRest } = enFindings[i] as Record<string, unknown>;
      assert.deepEqual(rest, enRest, 'only the message may change with the locale');
    });
    const sarif = JSON.parse(run(['check', '--format', 'sarif', '--locale', 'zh-CN', BROKEN]).stdout);
    assert.equal(sarif.version, '2.1.0');
    assert.ok(sarif.runs[0].results.some((r: { ruleId: string }) => r.ruleId === 'sts-service-not-headless'));
  });

  it('keeps the text line format `file:line:col: severity rule message` and says the summary in Chinese', () => {
    const { code, stdout } = run(['check', BROKEN], { LANG: 'zh_CN.UTF-8' });
    assert.equal(code, 1);
    assert.match(stdout, /^examples\/broken\/service-not-headless\.yaml:17:16: error sts-service-not-headless /m);
    assert.match(stdout, /^已检查 1 个文件：\d+ 个错误，\d+ 个警告，\d+ 个提示\n$/m);
  });

  it('exits 0 for a clean check and for explain in Chinese, the kubectl explain layout unchanged', () => {
    assert.equal(run(['check', '--locale', 'zh-CN', 'examples/db.yaml', 'examples/db-service.yaml']).code, 0);
    const { code, stdout } = run(['explain', 'StatefulSet.spec.podManagementPolicy', '--locale', 'zh-CN']);
    assert.equal(code, 0);
    assert.match(stdout, /FIELD: podManagementPolicy <string>/);
    assert.match(stdout, /ENUM:\n {4}"OrderedReady"\n {4}"Parallel"/);
  });
});

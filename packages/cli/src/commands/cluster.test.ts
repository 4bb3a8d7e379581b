import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../testing/run-cli.js';
import { tinyTable } from '../testing/tiny-table.js';
import { toneWav as wav } from '../testing/tone-wav.js';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const emocode = ['--conditions=@emocode/source', '--import', 'tsx', join(repo, 'packages/cli/src/bin.ts')];
let dir: string;

async function corpus(name: string, files: number): Promise<string> {
  const path = join(dir, name);
  await mkdir(path);
  for (let i = 0; i < files; i++) await writeFile(join(path, `u${String(i).padStart(3, '0')}.wav`), wav(1, 120 + 7 * i));
  return path;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emocode-cluster-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('shards that stop halfway', () => {
  it('a shard killed halfway and started again writes the table of an unbroken run', { timeout: 180_000 }, async () => {
    const wavs = await corpus('killed', 40);
    const cacheDir = join(dir, 'cache');
    const out = join(dir, 'killed.csv');
    const args = [...emocode, 'features', 'extract', wavs, '--shard', '0/2', '--jobs', '1', '--cache-dir', cacheDir, '--out', out];
    const child = spawn(process.execPath, args, { cwd: repo, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_, signal) => done(signal)));
    // Kill it as soon as the first feature vector is in the cache.
    const cached = async () =>
      existsSync(cacheDir) ? (await readdir(cacheDir, { recursive: true })).filter((f) => f.endsWith('.f32')).length : 0;
    while ((await cached()) === 0 && child.exitCode === null) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(existsSync(out)).toBe(false);
    const stored = await cached();
    expect(stored).toBeGreaterThan(0);
    expect(stored).toBeLessThan(20);

    const again = await run('features', 'extract', wavs, '--shard', '0/2', '--jobs', '1', '--cache-dir', cacheDir, '--out', out, '--json');
    expect(again.code, again.err).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ files: 20, failed: 0, cached: stored });
    const unbroken = await run(
      'features',
      'extract',
      wavs,
      '--shard',
      '0/2',
      '--jobs',
      '1',
      '--no-cache',
      '--out',
      join(dir, 'unbroken.csv'),
    );
    expect(unbroken.code, unbroken.err).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(await readFile(join(dir, 'unbroken.csv'), 'utf8'));
  });
});

describe('the Kubernetes Indexed Job manifests of docs/cluster', () => {
  it.each(['extract-features.k8s.yaml', 'run-experiment.k8s.yaml'])(
    '%s: indexed, --shard auto, EMOCODE_SHARD_COUNT = completions',
    async (name) => {
      const yaml = await readFile(join(repo, 'docs/cluster', name), 'utf8');
      expect(yaml).toMatch(/^ {2}completionMode: Indexed$/m);
      expect(yaml).toContain('--shard auto');
      const completions = /^ {2}completions: (\d+)$/m.exec(yaml)?.[1];
      const count = /name: EMOCODE_SHARD_COUNT\n\s+value: "(\d+)"/.exec(yaml)?.[1];
      expect(completions).toBeDefined();
      expect(count).toBe(completions);
    },
  );
});

// A real Slurm: the Debian packages slurmctld + slurmd (apt-get install slurm-wlm), started by
// the test as root in the foreground on free ports, state and spool in a temporary folder,
// authentication off (auth/none: nothing leaves the machine). Skipped where they are missing.
const slurm = ['slurmctld', 'slurmd', 'sbatch'].every((tool) => spawnSync('which', [tool]).status === 0);
const root = process.getuid?.() === 0;
const skipped = !slurm
  ? 'slurmctld, slurmd or sbatch not installed (apt-get install slurm-wlm)'
  : !root
    ? 'the one-node cluster needs root'
    : '';
if (skipped) console.warn(`cluster.test.ts: Slurm array test skipped: ${skipped}`);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

describe.skipIf(skipped !== '')(`a Slurm job array on a one-node cluster${skipped ? ` (skipped: ${skipped})` : ''}`, () => {
  const daemons: ChildProcess[] = [];
  let cluster: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    cluster = join(dir, 'slurm');
    await mkdir(join(cluster, 'state'), { recursive: true });
    await mkdir(join(cluster, 'spool'));
    const host = hostname();
    const conf = join(cluster, 'slurm.conf');
    await writeFile(
      conf,
      [
        'ClusterName=emocodetest',
        `SlurmctldHost=${host}`,
        `SlurmctldPort=${await freePort()}`,
        `SlurmdPort=${await freePort()}`,
        'AuthType=auth/none',
        'CredType=cred/none',
        `StateSaveLocation=${cluster}/state`,
        `SlurmdSpoolDir=${cluster}/spool`,
        `SlurmctldPidFile=${cluster}/slurmctld.pid`,
        `SlurmdPidFile=${cluster}/slurmd.pid`,
        'ProctrackType=proctrack/linuxproc',
        'TaskPlugin=task/none',
        'SelectType=select/cons_tres',
        'SelectTypeParameters=CR_CPU',
        'SlurmUser=root',
        'SlurmdUser=root',
        'ReturnToService=2',
        'MpiDefault=none',
        'JobCompType=jobcomp/none',
        'AccountingStorageType=accounting_storage/none',
        `NodeName=${host} CPUs=2 RealMemory=1000 State=UNKNOWN`,
        `PartitionName=test Nodes=${host} Default=YES MaxTime=INFINITE State=UP`,
        '',
      ].join('\n'),
    );
    env = { ...process.env, SLURM_CONF: conf, EMOCODE: `${process.execPath} ${emocode.join(' ')}`, EMOCODE_BACKEND: 'cpu' };
    for (const daemon of ['slurmctld', 'slurmd']) daemons.push(spawn(daemon, ['-D', '-f', conf], { env, stdio: 'ignore' }));
  });
  // Wait for the daemons to exit: they write their state on the way out, and the folder goes next.
  afterAll(() =>
    Promise.all(
      daemons.map((d) => {
        const exited = d.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => d.once('exit', () => done()));
        d.kill('SIGTERM');
        return exited;
      }),
    ),
  );

  /** `sbatch --wait` of a docs/cluster script as an array of `tasks`; retried while the daemons start. */
  async function sbatch(script: string, tasks: number, ...args: string[]) {
    const submit = () =>
      spawnSync(
        'sbatch',
        [
          '--wait',
          `--array=0-${tasks - 1}`,
          `--chdir=${repo}`,
          `--output=${cluster}/${script}-%a.out`,
          join(repo, 'docs/cluster', script),
          ...args,
        ],
        { env, encoding: 'utf8', timeout: 200_000 },
      );
    let result = submit();
    for (let tries = 0; result.status !== 0 && /Unable to contact|Connection refused/i.test(result.stderr) && tries < 20; tries++) {
      await new Promise((r) => setTimeout(r, 500));
      result = submit();
    }
    const log = await readFile(join(cluster, `${script}-0.out`), 'utf8').catch(() => '');
    expect(result.status, `${result.stderr}\n${log}`).toBe(0);
  }

  it(
    'runs docs/cluster/extract-features.sbatch as a 3-task array; the merged shards equal one unbroken run',
    { timeout: 240_000 },
    async () => {
      const wavs = await corpus('array', 7);
      const out = join(dir, 'array-out');
      await sbatch('extract-features.sbatch', 3, wavs, out);
      const shards = [0, 1, 2].map((i) => join(out, `is10.shard-${i}.csv`));
      const merged = await run('features', 'merge', ...shards, '--out', join(out, 'is10.csv'), '--json');
      expect(merged.code, merged.err).toBe(0);
      expect(JSON.parse(merged.out)).toMatchObject({ rows: 7, inputs: 3 });
      expect((await run('features', 'extract', wavs, '--jobs', '1', '--no-cache', '--out', join(dir, 'whole.csv'))).code).toBe(0);
      expect(await readFile(join(out, 'is10.csv'), 'utf8')).toBe(await readFile(join(dir, 'whole.csv'), 'utf8'));
    },
  );

  it(
    'runs docs/cluster/run-experiment.sbatch as a 2-task array; the last task writes the tables of an unbroken run',
    { timeout: 240_000 },
    async () => {
      const { features, labels } = tinyTable();
      await writeFile(join(dir, 'tiny.csv'), features);
      await writeFile(join(dir, 'tiny-labels.csv'), labels);
      const spec = join(dir, 'tiny-spec.json');
      const systems = [{ method: 'raw' }, { method: 'pca', codeSizes: [2] }, { method: 'lda', codeSizes: [2] }];
      await writeFile(
        spec,
        JSON.stringify({
          name: 'tiny',
          classes: ['angry', 'happy', 'sad'],
          folds: { kind: 'group-k-fold', k: 3 },
          baseline: 'raw',
          systems,
        }),
      );
      const out = join(dir, 'experiment-out');
      await sbatch('run-experiment.sbatch', 2, spec, join(dir, 'tiny.csv'), join(dir, 'tiny-labels.csv'), out);
      const sharded = JSON.parse(await readFile(join(out, 'summary.json'), 'utf8'));
      const whole = await run(
        'experiment',
        'run',
        spec,
        '--features',
        join(dir, 'tiny.csv'),
        '--labels',
        join(dir, 'tiny-labels.csv'),
        '--out',
        join(dir, 'experiment-whole'),
        '--json',
      );
      expect(whole.code, whole.err).toBe(0);
      const uar = (summary: { systems: { uar: { values: number[] } }[] }) => summary.systems.map((s) => s.uar.values);
      expect(uar(sharded)).toEqual(uar(JSON.parse(whole.out)));
      expect(uar(sharded)).toHaveLength(3);
    },
  );
});

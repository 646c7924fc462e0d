// The bench probe as the operator runs it (its own process), against the board simulators behind a pretend KR-BU
// bridge: a CU48 unlock with --raw (one pulse, the listening second after it), and the CU16 --query-all.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { KerongCu16Simulator } from '../sim/kerong-cu16-simulator.ts';
import { KerongCu48Simulator } from '../sim/kerong-cu48-simulator.ts';

function probe(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'agent/src/cli/probe.ts', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

// Each test starts a fresh tsx process (compiling the probe): slow on a busy machine, hence the longer timeout.
describe('agent:probe', { timeout: 90_000 }, () => {
  it('--cu48 --unlock --raw: one pulse, every byte with its time, and whether the board answered the pulse', async () => {
    const sim = new KerongCu48Simulator({ boards: [{ address: 2 }] });
    const port = await sim.listenTcp(0);
    try {
      const { code, output } = await probe([
        '--cu48',
        '--host',
        '127.0.0.1',
        '--tcp-port',
        `${port}`,
        '--board',
        '2',
        '--unlock',
        '40',
        '--yes',
        '--raw',
      ]);
      expect(output).toContain('Unlocked: the hook reads open.');
      expect(code).toBe(0);
      // 02 + 02 + 27 + 51 + 03 = 0x7F
      expect(output).toMatch(/\d\d:\d\d:\d\d\.\d{3} TX 02 02 27 51 03 7F/);
      expect(output).toMatch(/\d\d:\d\d:\d\d\.\d{3} RX 02 02 00 65 /);
      expect(output).toContain('no reply to the unlock pulse within 1000 ms');
      expect(sim.unlockFrames(2, 40)).toHaveLength(1);
      expect(sim.received.filter((frame) => frame.command === 0x51)).toHaveLength(1);
    } finally {
      await sim.close();
    }
  });

  it('--query-all lists the CU16 boards that answer 0x36', async () => {
    const sim = new KerongCu16Simulator({ boards: [{ address: 1 }, { address: 6 }] });
    const port = await sim.listenTcp(0);
    try {
      const { code, output } = await probe(['--host', '127.0.0.1', '--tcp-port', `${port}`, '--query-all']);
      expect(code).toBe(0);
      expect(output).toContain('Boards answering with 0x36: 1, 6');
    } finally {
      await sim.close();
    }
  });
});

/**
 * The shipped deployment files (deploy/): the systemd units carry the hardening the issue asks for (and pass
 * `systemd-analyze verify` without a warning where systemd is installed), and the Prometheus rules and the Grafana
 * dashboard name only metrics the hub exports.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const deploy = resolve(import.meta.dirname, '../../../deploy');
const read = (path: string) => readFileSync(join(deploy, path), 'utf8');

function directives(unit: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const line of unit.split('\n')) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) found.set(match[1]!, [...(found.get(match[1]!) ?? []), match[2]!]);
  }
  return found;
}

const services = ['buergerpunkt-hub.service', 'buergerpunkt-agent.service'];

describe('deployment files', () => {
  it('run hub and agent as their own user, restarted always, hardened, without a watchdog nobody feeds', () => {
    for (const name of services) {
      const unit = directives(read(`systemd/${name}`));
      expect(unit.get('User')?.[0], name).toMatch(/^(buergerpunkt|bp-agent)$/);
      for (const [key, value] of [
        ['Restart', 'always'],
        ['NoNewPrivileges', 'yes'],
        ['PrivateTmp', 'yes'],
        ['ProtectSystem', 'strict'],
        ['ProtectHome', 'yes'],
        ['CapabilityBoundingSet', ''],
      ])
        expect(unit.get(key!), `${name} ${key}`).toEqual([value]);
      // The hub and the agent send no sd_notify keep-alive: a watchdog would kill them every interval.
      expect(unit.has('WatchdogSec'), name).toBe(false);
    }
  });

  it('pass systemd-analyze verify without a warning where systemd is installed', () => {
    const probe = spawnSync('systemd-analyze', ['--version'], { encoding: 'utf8' });
    const units = [...services, 'buergerpunkt-backup.service', 'buergerpunkt-backup.timer'];
    if (probe.error) {
      // No systemd on this machine (e.g. a container without it): the static checks above still ran.
      expect((probe.error as NodeJS.ErrnoException).code).toBe('ENOENT');
      return;
    }
    const result = spawnSync('systemd-analyze', ['verify', ...units.map((u) => `./${u}`)], {
      cwd: join(deploy, 'systemd'),
      encoding: 'utf8',
    });
    expect(result.stderr.trim(), result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('alert rules and the dashboard name only metrics the hub exports', () => {
    const exported = new Set(
      [
        ...readFileSync(resolve(import.meta.dirname, 'metrics/hub-metrics.ts'), 'utf8').matchAll(
          /name: '(bp_\w+)'/g,
        ),
      ].map((m) => m[1]!),
    );
    expect(exported.size).toBeGreaterThan(10);
    const dashboard = JSON.parse(read('grafana/dashboard.json')) as {
      panels: { targets: { expr: string }[] }[];
    };
    const used = [
      ...read('prometheus/alerts.yml').matchAll(/\b(bp_\w+)/g),
      ...dashboard.panels.flatMap((p) => p.targets.flatMap((t) => [...t.expr.matchAll(/\b(bp_\w+)/g)])),
    ].map((m) => m[1]!.replace(/_(bucket|count|sum)$/, ''));
    expect(used.length).toBeGreaterThan(10);
    for (const name of used) expect(exported, name).toContain(name);
  });
});

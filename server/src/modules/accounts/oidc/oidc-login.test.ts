import { describe, expect, it } from 'vitest';
import { rolesFrom, safeReturnTo, usernameFrom } from './oidc-login.ts';

describe('OIDC sign-in rules', () => {
  it('returns only to office paths', () => {
    expect(safeReturnTo('/office/documents?state=notified')).toBe('/office/documents?state=notified');
    for (const evil of [
      'https://evil.example/office',
      '//evil.example/office',
      '/kiosk/',
      '/office\\x',
      undefined,
    ]) {
      expect(safeReturnTo(evil)).toBe('/office/');
    }
  });

  it('maps provider groups to our roles, ignoring unknown ones', () => {
    const settings = { roleMapping: { 'bp-clerks': ['clerk'], 'bp-admins': ['admin', 'auditor'] } } as never;
    expect(rolesFrom(settings, ['bp-admins', 'bp-clerks', 'other'])).toEqual(['admin', 'auditor', 'clerk']);
    expect(rolesFrom(settings, 'bp-clerks other')).toEqual(['clerk']);
    expect(rolesFrom(settings, undefined)).toEqual([]);
    expect(rolesFrom(settings, [42, null])).toEqual([]);
  });

  it('turns provider usernames into ours', () => {
    expect(usernameFrom('Erika.Muster@Hohen-Neuendorf.de')).toBe('erika.muster.hohen-neuendorf.de');
    expect(usernameFrom(' clerk ')).toBe('clerk');
    expect(usernameFrom('x')).toBeNull();
    expect(usernameFrom(17)).toBeNull();
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'vitest';
import { isPublicAddress } from '../../../shared/webhooks/domain/public-address.ts';
import { checkWebhookUrl } from '../../../shared/webhooks/domain/webhook-url.ts';

const deployed = { allowLoopback: false };
const local = { allowLoopback: true };
const reason = (url: string, policy = deployed) => {
  const checked = checkWebhookUrl(url, policy);
  return checked.ok ? 'ok' : checked.reason;
};

describe('an endpoint’s URL, as registered', () => {
  it('accepts https on a public name or address', () => {
    for (const url of [
      'https://hooks.example.org/cadre',
      'https://hooks.example.org:8443/a?b=c',
      'https://93.184.215.14/',
      'https://[2a00:1450:4001::1]/',
    ])
      assert.equal(reason(url), 'ok', url);
  });

  it('refuses anything else: other schemes, credentials, private, loopback, link-local and metadata addresses in any spelling', () => {
    for (const [url, why] of [
      ['not a url', 'not-a-url'],
      ['http://hooks.example.org/', 'not-https'],
      ['ftp://hooks.example.org/', 'not-https'],
      ['https://user:secret@hooks.example.org/', 'credentials-in-url'],
      ['https://127.0.0.1/', 'private-address'],
      ['https://127.1/', 'private-address'],
      ['https://2130706433/', 'private-address'],
      ['https://0x7f.0.0.1/', 'private-address'],
      ['https://0177.0.0.1/', 'private-address'],
      ['https://10.20.30.40/', 'private-address'],
      ['https://172.16.5.4/', 'private-address'],
      ['https://192.168.1.1/', 'private-address'],
      ['https://100.64.0.1/', 'private-address'],
      ['https://169.254.169.254/latest/meta-data/', 'private-address'],
      ['https://0.0.0.0/', 'private-address'],
      ['https://[::1]/', 'private-address'],
      ['https://[::]/', 'private-address'],
      ['https://[::ffff:127.0.0.1]/', 'private-address'],
      ['https://[::ffff:169.254.169.254]/', 'private-address'],
      ['https://[fd00:ec2::254]/', 'private-address'],
      ['https://[fe80::1]/', 'private-address'],
      ['https://localhost/', 'internal-host-name'],
      ['https://api.localhost/', 'internal-host-name'],
      ['https://metadata.google.internal/', 'internal-host-name'],
      ['https://printer.local/', 'internal-host-name'],
      ['https://intranet/', 'internal-host-name'],
    ] as const)
      assert.equal(reason(url), why, url);
  });

  it('lets the local cloud’s receivers on 127.0.0.1 in, over http too, and nothing else private', () => {
    assert.equal(reason('http://127.0.0.1:4010/hooks', local), 'ok');
    assert.equal(reason('http://127.0.0.1:4010/hooks'), 'not-https');
    assert.equal(reason('http://[::1]:4010/hooks', local), 'ok');
    assert.equal(reason('http://10.0.0.1/hooks', local), 'not-https');
    assert.equal(reason('https://10.0.0.1/hooks', local), 'private-address');
    assert.equal(reason('http://hooks.example.org/', local), 'not-https');
  });
});

describe('a resolved address', () => {
  it('is public only outside every reserved range, IPv4-mapped IPv6 included', () => {
    for (const address of ['8.8.8.8', '93.184.215.14', '2a00:1450:4001::1', '2606:4700::1111'])
      assert.ok(isPublicAddress(address), address);
    for (const address of [
      '10.0.0.1',
      '127.0.0.53',
      '169.254.169.254',
      '172.31.255.255',
      '192.168.0.1',
      '100.100.100.200',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      '::ffff:8.8.8.8',
      '::ffff:10.0.0.1',
      'fd00:ec2::254',
      'fe80::1',
      'ff02::1',
      'not-an-ip',
    ])
      assert.ok(!isPublicAddress(address), address);
  });
});

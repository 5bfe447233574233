import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook may never reach: anything that is not the public internet. A receiver's URL
 * is typed by a partner, so without this a delivery could probe the deployment's own network, the
 * instance metadata service (169.254.169.254, fd00:ec2::254) or a neighbour's loopback.
 */
const blockedIpv4 = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, the metadata service
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blockedIpv4.addSubnet(network, prefix, 'ipv4');
}
// Apart from the IPv4 list: a BlockList checks IPv4 addresses against its IPv6 rules too, mapped.
const blockedIpv6 = new BlockList();
for (const [network, prefix] of [
  ['::1', 128], // loopback
  ['::', 96], // IPv4-compatible: would carry any IPv4 address, private ones too
  ['::ffff:0:0', 96], // IPv4-mapped: the same; a real receiver presents its IPv4 address as one
  ['64:ff9b::', 96], // NAT64: may embed a private IPv4 address
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (and fd00:ec2::254, the metadata service)
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blockedIpv6.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` (an IP literal) is on the public internet; anything that is not an IP literal is not. */
export const isPublicAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  return family === 6 ? !blockedIpv6.check(bare, 'ipv6') : !blockedIpv4.check(bare, 'ipv4');
};

/** 127.0.0.1 or ::1: what the local cloud and the tests' receivers listen on. */
export const isLoopbackAddress = (address: string): boolean => {
  const bare = address.replace(/^\[|\]$/g, '');
  return bare === '::1' || (isIP(bare) === 4 && bare.startsWith('127.'));
};

/**
 * `ip addr` inside a container. Every container of a Pod joined the pause container's network namespace, so all
 * of them print the same eth0, MAC and IP; a new sandbox means a new namespace, a new veth and (usually) a new
 * IP. A hostNetwork Pod sees the Node's interfaces. Layout: iproute2's `ip address show`.
 */
import type { NodeInfo } from '../sim/types';
import { fail, ok, type ExecEnv, type ExecResult } from './execEnv';
import { hash32 } from './format';

/** A locally administered unicast MAC, stable for a namespace (or a Node). */
export function macFor(seed: string): number[] {
  const h1 = hash32(`mac:${seed}`);
  const h2 = hash32(`mac2:${seed}`);
  const bytes = [h1 >>> 24, (h1 >>> 16) & 255, (h1 >>> 8) & 255, h1 & 255, h2 >>> 24, (h2 >>> 16) & 255];
  bytes[0] = ((bytes[0] ?? 0) & 0xfc) | 0x02;
  return bytes;
}

const hex2 = (n: number): string => n.toString(16).padStart(2, '0');
const macText = (mac: number[]): string => mac.map(hex2).join(':');

/** fe80:: link-local address from a MAC (modified EUI-64). */
function linkLocal(mac: number[]): string {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = mac;
  const words = [((a ^ 2) << 8) | b, (c << 8) | 0xff, (0xfe << 8) | d, (e << 8) | f];
  return `fe80::${words.map((w) => w.toString(16)).join(':')}/64`;
}

function ipToInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + (Number(part) & 255), 0);
}

const intToIp = (n: number): string => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.');

/** "10.244.1.5" in "10.244.1.0/24" → "inet 10.244.1.5/24 brd 10.244.1.255". */
function inet(ip: string, cidr: string): string {
  const bits = Number(cidr.split('/')[1] ?? 24);
  const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
  const broadcast = (ipToInt(ip) | (~mask >>> 0)) >>> 0;
  return `inet ${ip}/${bits} brd ${intToIp(broadcast)}`;
}

const LOOPBACK = [
  '1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000',
  '    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00',
  '    inet 127.0.0.1/8 scope host lo',
  '       valid_lft forever preferred_lft forever',
  '    inet6 ::1/128 scope host',
  '       valid_lft forever preferred_lft forever',
];

function iface(index: string, name: string, mac: number[], inetLine: string, extra = ''): string[] {
  return [
    `${index}: ${name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default${extra}`,
    `    link/ether ${macText(mac)} brd ff:ff:ff:ff:ff:ff${name.includes('@') ? ' link-netnsid 0' : ''}`,
    `    ${inetLine} scope global ${name.split('@')[0] ?? name}`,
    '       valid_lft forever preferred_lft forever',
    `    inet6 ${linkLocal(mac)} scope link`,
    '       valid_lft forever preferred_lft forever',
  ];
}

function nodeInterfaces(node: NodeInfo): string[] {
  const gateway = intToIp(ipToInt(node.podCIDR.split('/')[0] ?? '10.244.1.0') + 1);
  return [
    ...LOOPBACK,
    ...iface('2', 'eth0', macFor(`node:${node.name}`), inet(node.ip, `${node.ip}/24`)),
    ...iface('3', 'cni0', macFor(`cni0:${node.name}`), inet(gateway, node.podCIDR), ' qlen 1000'),
  ];
}

/** `ip addr` / `ip a` / `ip address show`. */
export function ipCommand(env: ExecEnv, args: readonly string[]): ExecResult {
  const [object = '', action = 'show'] = args;
  if (!['a', 'ad', 'addr', 'address'].includes(object) || !['show', 'list', 'ls', 'sh'].includes(action)) {
    return object === ''
      ? fail('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }', 255)
      : fail(`Object "${object}" is unknown, try "ip help".`, 1);
  }
  if (env.pod.spec?.hostNetwork && env.node) return ok(nodeInterfaces(env.node).join('\n'));
  const net = env.container.namespaces.net;
  const ip = env.sandbox?.ip ?? '';
  const mac = macFor(`netns:${net}`);
  // The host side of the veth pair has an index on the Node; stable for this namespace.
  const peer = 4 + (net % 40);
  const lines = ip ? iface('2', `eth0@if${peer}`, mac, inet(ip, env.node?.podCIDR ?? `${ip}/24`)) : [];
  return ok([...LOOPBACK, ...lines].join('\n'));
}

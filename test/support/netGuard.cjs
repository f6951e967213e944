'use strict';
/**
 * A `--require` preload for the privacy tests: every network entry point of Node (net, tls, http,
 * https, http2, dns, dgram, fetch, WebSocket) is replaced by a function that records its name in
 * the file named by SIGNPOST_NET_GUARD_LOG and then throws. A run that never touched the network
 * leaves that file empty. (Standard input and output are not affected: they are not connected
 * with net.connect.)
 */
const fs = require('node:fs');

const logFile = process.env.SIGNPOST_NET_GUARD_LOG;

function record(name) {
  if (logFile) fs.appendFileSync(logFile, `${name}\n`);
}

function guard(target, names, prefix) {
  if (!target) return;
  for (const name of names) {
    if (typeof target[name] !== 'function') continue;
    Object.defineProperty(target, name, {
      configurable: true,
      writable: true,
      value: function guardedNetworkEntryPoint() {
        record(`${prefix}.${name}`);
        throw new Error(`network access attempted: ${prefix}.${name}`);
      },
    });
  }
}

const DNS = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];

const net = require('node:net');
guard(net, ['connect', 'createConnection', 'createServer'], 'net');
guard(net.Socket.prototype, ['connect'], 'net.Socket');
guard(net.Server.prototype, ['listen'], 'net.Server');
const tls = require('node:tls');
guard(tls, ['connect', 'createServer'], 'tls');
for (const name of ['http', 'https']) {
  const mod = require(`node:${name}`);
  guard(mod, ['request', 'get', 'createServer'], name);
  guard(mod.Agent && mod.Agent.prototype, ['createConnection'], `${name}.Agent`);
}
guard(require('node:http2'), ['connect', 'createServer', 'createSecureServer'], 'http2');
const dns = require('node:dns');
guard(dns, DNS, 'dns');
guard(dns.promises, DNS, 'dns.promises');
guard(dns.Resolver && dns.Resolver.prototype, DNS, 'dns.Resolver');
guard(dns.promises && dns.promises.Resolver && dns.promises.Resolver.prototype, DNS, 'dns.promises.Resolver');
guard(require('node:dgram'), ['createSocket'], 'dgram');
guard(globalThis, ['fetch'], 'globalThis');
for (const name of ['WebSocket', 'EventSource']) {
  if (typeof globalThis[name] === 'function') {
    Object.defineProperty(globalThis, name, {
      configurable: true,
      writable: true,
      value: function guardedConstructor() {
        record(`globalThis.${name}`);
        throw new Error(`network access attempted: ${name}`);
      },
    });
  }
}
if (logFile) fs.appendFileSync(logFile, '');
process.env.SIGNPOST_NET_GUARD_ACTIVE = '1';

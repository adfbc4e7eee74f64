/**
 * The scale bench's helpers, each in its own process so that neither shares an event loop with the
 * server it measures (forked, they take orders over IPC):
 *   client   keep-alive HTTP load: `connections` loops, each sending its next request when the last
 *            answered, for `seconds`; answers { requests, errors, p50, p99 } (ms)
 *   bare     a bare `node:http` server answering every request with the bytes and headers given:
 *            the floor an API page is compared with
 */
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

export interface LoadOrder {
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly connections: number;
  readonly seconds: number;
}

export interface LoadResult {
  readonly requests: number;
  readonly errors: number;
  /** What the errors were: HTTP status codes (`429`), or `network`, with their counts. */
  readonly statuses: Record<string, number>;
  /** Requests a second over the run. */
  readonly rate: number;
  readonly p50: number;
  readonly p99: number;
}

export interface BareOrder {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const nearestRank = (sorted: Float64Array, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;

const load = async (order: LoadOrder): Promise<LoadResult> => {
  const agent = new Agent({ keepAlive: true, maxSockets: order.connections });
  const target = new URL(order.url);
  const latencies: number[] = [];
  let errors = 0;
  let statuses: Record<string, number> = {};
  const failed = (status: string) => {
    errors++;
    statuses[status] = (statuses[status] ?? 0) + 1;
  };
  const one = () =>
    new Promise<void>((resolve) => {
      const started = performance.now();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          headers: order.headers,
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            if (res.statusCode === 200) latencies.push(performance.now() - started);
            else failed(String(res.statusCode));
            resolve();
          });
        },
      );
      req.on('error', () => {
        failed('network');
        resolve();
      });
      req.end();
    });
  // A short warm-up on every connection, not counted.
  await Promise.all(Array.from({ length: order.connections }, one));
  latencies.length = 0;
  errors = 0;
  statuses = {};
  const started = performance.now();
  const until = started + order.seconds * 1000;
  await Promise.all(
    Array.from({ length: order.connections }, async () => {
      while (performance.now() < until) await one();
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: latencies.length,
    errors,
    statuses,
    rate: latencies.length / elapsed,
    p50: nearestRank(sorted, 50),
    p99: nearestRank(sorted, 99),
  };
};

const role = process.argv[2];
if (role === 'client') {
  process.on('message', (order: LoadOrder) => {
    void load(order).then((result) => process.send?.(result));
  });
} else if (role === 'bare') {
  let answer: BareOrder = { status: 200, headers: {}, body: '' };
  const server: Server = createServer((_req, res) => {
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () =>
    process.send?.({ port: (server.address() as AddressInfo).port }),
  );
  process.on('message', (order: BareOrder) => {
    answer = order;
    process.send?.({ ready: true });
  });
} else {
  throw new Error('usage: load-worker.ts client | bare (forked, with IPC)');
}

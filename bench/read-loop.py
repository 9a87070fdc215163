#!/usr/bin/env python3
"""A short steady read load for bench/jvm-flags.sh (issue #10), standard library only.

Logs in once as the demo coordinator of Deventer, then --clients threads, each on its own
keep-alive connection, cycle through cheap but real calls: GET /health (checks the database),
/me, /wijken (GeoJSON of 15 wijken) and /accounts?limit=3 (all authenticated but /health; each
reads PostgreSQL). Runs the same number of calls twice: the first phase is the JIT's warm-up, the
second is nearer steady state, so a flag that costs throughput shows in the second.

Prints one line: "<phase 1 calls/s> <phase 2 calls/s> <phase 2 p50 ms> <phase 2 p99 ms> <errors>".
"""
import argparse
import http.client
import json
import threading
import time

PATHS = ["/health", "/me", "/wijken", "/accounts?limit=3"]


def login(port):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    body = json.dumps({"email": "coordinator.deventer@demo.noaber.nl", "password": "noaber-demo"})
    conn.request("POST", "/auth/login", body, {"Content-Type": "application/json"})
    response = conn.getresponse()
    payload = response.read()
    if response.status != 200:
        raise SystemExit(f"login: {response.status} {payload[:200]!r}")
    return json.loads(payload)["accessToken"]


def phase(port, token, calls, clients):
    """Runs `calls` calls over `clients` connections; returns (calls/s, latencies ms, errors)."""
    # /wijken answers application/geo+json only; the others application/json.
    headers = {"Authorization": "Bearer " + token,
               "Accept": "application/json, application/geo+json"}
    latencies, errors, lock = [], [0], threading.Lock()
    per_client = calls // clients

    def worker(offset):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine, failed = [], 0
        for i in range(per_client):
            started = time.perf_counter()
            conn.request("GET", PATHS[(i + offset) % len(PATHS)], headers=headers)
            response = conn.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000)
            failed += response.status != 200
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=worker, args=(c,)) for c in range(clients)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return len(latencies) / (time.perf_counter() - started), sorted(latencies), errors[0]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--calls", type=int, default=4000, help="calls per phase")
    parser.add_argument("--clients", type=int, default=4)
    args = parser.parse_args()
    token = login(args.port)
    rate1, _, errors1 = phase(args.port, token, args.calls, args.clients)
    rate2, latencies, errors2 = phase(args.port, token, args.calls, args.clients)
    p50 = latencies[len(latencies) // 2]
    p99 = latencies[int(len(latencies) * 0.99)]
    print(f"{rate1:.0f} {rate2:.0f} {p50:.1f} {p99:.1f} {errors1 + errors2}")


if __name__ == "__main__":
    main()

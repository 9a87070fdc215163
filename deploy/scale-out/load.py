#!/usr/bin/env python3
"""Short load through the load balancer for deploy/local-scale-out.sh (issue #10), standard library only.

Registers volunteers and residents, has a coordinator open a Goede Buren initiative, posts help
requests, waits for the wave job (on either instance) to offer them, then lets every volunteer tap
accept on every offer at once — the race that must give exactly one acceptance per request. A
resident's inbox stream (SSE) is held open meanwhile on whichever instance nginx picked; it must
hear every acceptance of their requests, also those written by the other instance (pg_notify).

Bounded: fixed counts, every call with a timeout, the whole run stops after --deadline seconds.
Prints one JSON object (the script checks the database itself afterwards).
"""
import argparse
import json
import random
import statistics
import threading
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

LON, LAT = 6.1680, 52.2680  # Keizerslanden, Deventer (WK015006)


class Api:
    def __init__(self, base):
        self.base = base

    def call(self, method, path, token=None, body=None, timeout=15):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.base + path, data=data, method=method)
        req.add_header("Accept", "application/json")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", "Bearer " + token)
        started = time.monotonic()
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                raw = r.read()
                status = r.status
        except urllib.error.HTTPError as e:
            raw, status = e.read(), e.code
        elapsed_ms = (time.monotonic() - started) * 1000
        try:
            payload = json.loads(raw) if raw else None
        except ValueError:
            payload = raw.decode(errors="replace")
        return status, payload, elapsed_ms

    def ok(self, method, path, token=None, body=None, expect=(200, 201)):
        status, payload, _ = self.call(method, path, token, body)
        if status not in expect:
            raise SystemExit(f"{method} {path}: {status} {payload}")
        return payload

    def login(self, email, password):
        return self.ok("POST", "/auth/login", body={"email": email, "password": password})["accessToken"]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--base", default="http://127.0.0.1:18080")
    p.add_argument("--run", required=True, help="a tag that makes this run's accounts and requests unique")
    p.add_argument("--volunteers", type=int, default=16)
    p.add_argument("--residents", type=int, default=8)
    p.add_argument("--requests-per-resident", type=int, default=5)
    p.add_argument("--deadline", type=int, default=240)
    a = p.parse_args()
    api = Api(a.base)
    t0 = time.monotonic()
    left = lambda: a.deadline - (time.monotonic() - t0)  # noqa: E731
    rnd = random.Random(a.run)
    password = "schaal-test-wachtwoord"

    coordinator = api.login("coordinator.deventer@demo.noaber.nl", "noaber-demo")
    api.ok("POST", "/initiatives", coordinator, {
        "kind": "GOEDE_BUREN", "name": f"Schaaltest {a.run}", "wijken": ["WK015006"],
        "policy": {"radiusMeters": 3000, "offerBatchSize": 50, "waveTimeoutUrgentMinutes": 15,
                   "waveTimeoutNormalMinutes": 60, "waveTimeoutLowMinutes": 240,
                   "verificationRequired": False, "vogRenewalMonths": 36}})

    def register(kind, i):
        email = f"{kind}{i}.{a.run}@example.org"
        roles = ["VOLUNTEER"] if kind == "vrijwilliger" else ["RESIDENT"]
        api.ok("POST", "/auth/register", body={"gemeente": "GM0150", "email": email, "password": password,
                                                "displayName": f"{kind} {i}", "roles": roles})
        token = api.login(email, password)
        if kind == "vrijwilliger":
            api.ok("PUT", "/me/volunteer-profile", token, {
                "home": {"type": "Point", "coordinates": [LON + rnd.uniform(-0.01, 0.01), LAT + rnd.uniform(-0.006, 0.006)]},
                "capacities": [{"capacity": "GOEDE_BUUR", "maxRadiusMeters": 3000}],
                "weeklyAvailability": [], "maxTasksPerWeek": 5})
        return token

    with ThreadPoolExecutor(8) as pool:
        volunteers = list(pool.map(lambda i: register("vrijwilliger", i), range(a.volunteers)))
        residents = list(pool.map(lambda i: register("bewoner", i), range(a.residents)))

    # The first resident's inbox stream, through nginx, on whichever instance it lands.
    heard = []
    stream_ready = threading.Event()
    stop_stream = threading.Event()

    def listen():
        req = urllib.request.Request(a.base + "/me/notifications/stream",
                                     headers={"Authorization": "Bearer " + residents[0], "Accept": "text/event-stream"})
        try:
            with urllib.request.urlopen(req, timeout=40) as r:
                stream_ready.set()
                for line in r:
                    if stop_stream.is_set():
                        break
                    if line.startswith(b"event: notification") or line.startswith(b"event:notification"):
                        heard.append(time.monotonic())
        except Exception as e:  # the stream ends when the run stops it or times out
            heard_errors.append(repr(e))
        finally:
            stream_ready.set()

    heard_errors = []
    listener = threading.Thread(target=listen, daemon=True)
    listener.start()
    stream_ready.wait(10)

    posted = []
    post_ms = []

    def post(resident_index):
        ids = []
        for j in range(a.requests_per_resident):
            status, body, ms = api.call("POST", "/help-requests", residents[resident_index], {
                "kind": "GOEDE_BUREN", "task": rnd.choice(["SHOPPING", "COMPANY", "WALKING"]),
                "location": {"type": "Point", "coordinates": [LON, LAT]},
                "description": f"Schaaltest {a.run} {resident_index}-{j}", "urgency": "URGENT"})
            if status != 201:
                raise SystemExit(f"post: {status} {body}")
            post_ms.append(ms)
            ids.append(body["id"])
        return resident_index, ids

    with ThreadPoolExecutor(8) as pool:
        by_resident = dict(pool.map(post, range(a.residents)))
    for ids in by_resident.values():
        posted.extend(ids)

    # Wait until the wave job (running on both instances every 2 s) has offered every request.
    offers = {}
    while left() > 60:
        offers = {}
        for v, token in enumerate(volunteers):
            for o in api.ok("GET", "/me/offers", token) or []:
                if o["requestId"] in posted:
                    offers.setdefault(v, []).append((o["id"], o["requestId"]))
        offered = {r for lst in offers.values() for _, r in lst}
        if offered >= set(posted):
            break
        time.sleep(1)
    waited_for_offers_s = round(time.monotonic() - t0, 1)

    # Every volunteer taps accept on every offer they got, all at once, through nginx.
    taps = [(v, oid, rid) for v, lst in offers.items() for oid, rid in lst]
    rnd.shuffle(taps)
    barrier = threading.Barrier(16)

    def tap(chunk):
        barrier.wait(10)
        out = []
        for v, oid, rid in chunk:
            status, _, ms = api.call("POST", f"/offers/{oid}/accept", volunteers[v], {})
            out.append((rid, status, ms))
        return out

    chunks = [taps[i::16] for i in range(16)]
    with ThreadPoolExecutor(16) as pool:
        results = [r for chunk in pool.map(tap, chunks) for r in chunk]
    won = {}
    for rid, status, _ in results:
        if status == 200:
            won[rid] = won.get(rid, 0) + 1
    statuses = {}
    for _, status, _ in results:
        statuses[str(status)] = statuses.get(str(status), 0) + 1

    # Give the stream a moment to hear the last acceptances, then compare with the inbox.
    time.sleep(3)
    stop_stream.set()
    inbox = api.ok("GET", "/me/notifications?limit=100", residents[0])
    inbox_items = inbox.get("items", inbox) if isinstance(inbox, dict) else inbox
    accepted_of_first = sum(1 for rid in by_resident[0] if won.get(rid))
    accept_ms = [ms for _, _, ms in results]

    print(json.dumps({
        "run": a.run,
        "volunteers": len(volunteers), "residents": len(residents), "requests": len(posted),
        "request_ids": posted,
        "offers_seen": len(taps), "seconds_until_all_offered": waited_for_offers_s,
        "accept_taps": len(results), "accept_statuses": statuses,
        "requests_with_one_200": sum(1 for n in won.values() if n == 1),
        "requests_with_more_than_one_200": sum(1 for n in won.values() if n > 1),
        "requests_without_200": len(set(posted) - set(won)),
        "post_ms_median": round(statistics.median(post_ms), 1),
        "accept_ms_median": round(statistics.median(accept_ms), 1),
        "accept_ms_p95": round(sorted(accept_ms)[int(len(accept_ms) * 0.95) - 1], 1),
        "sse_first_resident_accepted_requests": accepted_of_first,
        "sse_notification_events_heard": len(heard),
        "sse_inbox_notifications": len(inbox_items) if isinstance(inbox_items, list) else None,
        "sse_errors": heard_errors,
        "seconds": round(time.monotonic() - t0, 1),
    }))


if __name__ == "__main__":
    main()

// Unit tests of docsplit-client.js with a scripted fake WebSocket: no server, milliseconds.
// Run: node --test examples/js/test/client.unit.test.mjs

import assert from "node:assert/strict";
import { test } from "node:test";

import {
  DocsplitApi,
  DocsplitError,
  DocsplitSocket,
  backoffDelay,
  initialProgress,
  reduceProgress,
  websocketUrl,
} from "../docsplit-client.js";

/** A WebSocket stand-in the test drives: open(), message(obj), serverClose(code). */
class FakeSocket {
  static instances = [];

  constructor(url) {
    this.url = url;
    this.readyState = 0;
    this.sent = [];
    this.closedWith = null;
    FakeSocket.instances.push(this);
  }

  send(text) {
    this.sent.push(JSON.parse(text));
  }

  close(code, reason) {
    this.closedWith = { code, reason };
    this.readyState = 3;
  }

  open() {
    this.readyState = 1;
    this.onopen?.({});
  }

  message(payload) {
    this.onmessage?.({ data: JSON.stringify(payload) });
  }

  serverClose(code, reason = "") {
    this.readyState = 3;
    this.onclose?.({ code, reason });
  }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function makeSocket(options = {}) {
  FakeSocket.instances = [];
  return new DocsplitSocket({
    baseUrl: "http://127.0.0.1:8080",
    sessionId: "abc",
    clientId: "c1",
    WebSocket: FakeSocket,
    backoffBaseMs: 5,
    backoffCapMs: 20,
    random: () => 0.999,
    ...options,
  });
}

const connection = (id, extra = {}) => ({
  id,
  type: "connection",
  session_id: "abc",
  client_id: "c1",
  heartbeat_interval: 30,
  client_timeout: 90,
  snapshot: { session_id: "abc", status: "processing" },
  ...extra,
});

test("backoff is full jitter below an exponential, capped ceiling", () => {
  assert.equal(backoffDelay(0, { baseMs: 100, capMs: 1000, random: () => 0.999 }), 99);
  assert.equal(backoffDelay(3, { baseMs: 100, capMs: 1000, random: () => 0.999 }), 799);
  assert.equal(backoffDelay(10, { baseMs: 100, capMs: 1000, random: () => 0.999 }), 999);
  assert.equal(backoffDelay(5, { baseMs: 100, capMs: 1000, random: () => 0 }), 0);
  for (let attempt = 0; attempt < 20; attempt += 1) {
    const delay = backoffDelay(attempt, { baseMs: 100, capMs: 1000 });
    assert.ok(delay >= 0 && delay < Math.min(1000, 100 * 2 ** attempt));
  }
});

test("websocketUrl builds ws/wss URLs with the query parameters", () => {
  assert.equal(
    websocketUrl("https://docs.example/", "s1", { clientId: "c", token: "t k", lastId: 7 }),
    "wss://docs.example/ws/enhanced/s1?client_id=c&token=t+k&last_id=7",
  );
  assert.equal(websocketUrl("http://h:1", "s1"), "ws://h:1/ws/enhanced/s1");
});

test("answers heartbeats, delivers events once and resumes with last_id", async () => {
  const socket = makeSocket();
  const seen = [];
  socket.on("*", (m) => seen.push(`${m.type}:${m.id}`));
  socket.connect();
  const first = FakeSocket.instances[0];
  assert.match(first.url, /client_id=c1/);
  assert.doesNotMatch(first.url, /last_id/);
  first.open();
  first.message(connection(3));
  first.message({ id: 4, type: "progress", stage: "ocr" });
  first.message({ id: 4, type: "heartbeat", sequence: 9 });
  assert.deepEqual(first.sent, [{ type: "pong", sequence: 9 }]);
  first.serverClose(1012, "restart");
  assert.equal(socket.state, "reconnecting");
  await sleep(40);
  const second = FakeSocket.instances[1];
  assert.match(second.url, /last_id=4/);
  second.open();
  second.message(connection(4, { replayed: 2 }));
  // The server replays from last_id; anything at or below it is a duplicate and is dropped.
  second.message({ id: 4, type: "progress", stage: "ocr" });
  second.message({ id: 5, type: "progress", stage: "ocr" });
  second.message({ id: 6, type: "processing_complete", documents: [] });
  assert.deepEqual(seen, [
    "connection:3",
    "progress:4",
    "heartbeat:4",
    "connection:4",
    "progress:5",
    "processing_complete:6",
  ]);
  assert.equal(socket.stats.duplicates, 1);
  assert.equal(socket.lastId, 6);
  socket.close();
  assert.equal(socket.state, "closed");
});

for (const code of [4000, 4401, 4403, 4404]) {
  test(`close code ${code} is terminal`, async () => {
    const socket = makeSocket();
    const closes = [];
    socket.on("close", (c) => closes.push(c));
    socket.connect();
    FakeSocket.instances[0].open();
    FakeSocket.instances[0].serverClose(code, "no");
    await sleep(40);
    assert.equal(FakeSocket.instances.length, 1);
    assert.equal(socket.state, "closed");
    assert.deepEqual(closes, [{ code, reason: "no", willReconnect: false, delayMs: null }]);
  });
}

for (const code of [1001, 1006, 1011, 1012, 1013, 4008, 4408, 4429]) {
  test(`close code ${code} is retried`, async () => {
    const socket = makeSocket();
    socket.connect();
    FakeSocket.instances[0].serverClose(code);
    await sleep(40);
    assert.equal(FakeSocket.instances.length, 2);
    socket.close();
  });
}

test("a silent connection is dropped and replaced", async () => {
  const socket = makeSocket({ connectTimeoutMs: 30 });
  const closes = [];
  socket.on("close", (c) => closes.push(c.code));
  socket.connect();
  const first = FakeSocket.instances[0];
  first.open();
  first.message(connection(1, { heartbeat_interval: 0.01, client_timeout: 0.02 }));
  // Silence allowance = client_timeout + heartbeat_interval = 30 ms; the fake stays quiet.
  await sleep(90);
  assert.ok(FakeSocket.instances.length >= 2, "a new socket was opened");
  assert.equal(first.closedWith.code, 4408);
  assert.equal(closes[0], 4408);
  socket.close();
});

test("gives up after maxAttempts and says so", async () => {
  const socket = makeSocket({ maxAttempts: 2 });
  const giveups = [];
  socket.on("giveup", (g) => giveups.push(g));
  socket.connect();
  for (let i = 0; i < 3; i += 1) {
    await sleep(30);
    FakeSocket.instances.at(-1).serverClose(1006);
  }
  await sleep(30);
  assert.equal(FakeSocket.instances.length, 3);
  assert.deepEqual(giveups, [{ code: 1006, reason: "", attempts: 2 }]);
  assert.equal(socket.state, "closed");
});

test("a handler that throws does not stop the others", () => {
  const reported = [];
  const socket = makeSocket({ onHandlerError: (error, type) => reported.push([error.message, type]) });
  const seen = [];
  socket.on("progress", () => {
    throw new Error("boom");
  });
  socket.on("progress", (m) => seen.push(m.id));
  socket.connect();
  FakeSocket.instances[0].message({ id: 1, type: "progress" });
  assert.deepEqual(seen, [1]);
  assert.deepEqual(reported, [["boom", "progress"]]);
  socket.close();
});

test("reduceProgress folds a processing run", () => {
  let state = initialProgress();
  const feed = [
    { id: 1, type: "connection", snapshot: { status: "queued", progress: { overall_percentage: 0 } } },
    { id: 2, type: "processing_start" },
    { id: 3, type: "progress", stage: "text_extraction", stage_percentage: 50, overall_percentage: 25, current: 1, total: 2, eta_s: 1 },
    { id: 4, type: "progress", stage: "boundary_detection", stage_percentage: 100, overall_percentage: 100, current: 2, total: 2 },
    { id: 5, type: "processing_complete", documents: [{ start: 1, end: 2 }], statistics: { pages: 2 } },
    { id: 6, type: "status", status: "ready" },
    { id: 7, type: "warning", message: "careful" },
  ];
  for (const message of feed) state = reduceProgress(state, message);
  assert.equal(state.status, "ready");
  assert.equal(state.complete, true);
  assert.equal(state.overall, 100);
  assert.equal(state.stages.text_extraction.finished, true);
  assert.equal(state.stages.text_extraction.percentage, 100);
  assert.deepEqual(state.documents, [{ start: 1, end: 2 }]);
  assert.deepEqual(state.notices, [{ type: "warning", message: "careful" }]);
  assert.equal(state.lastId, 7);
  assert.equal(reduceProgress(state, { id: 8, type: "heartbeat", sequence: 1 }), state);
  const failed = reduceProgress(state, { id: 9, type: "split_error", code: "disk_full", message: "x", recoverable: true });
  assert.equal(failed.errors.at(-1).code, "disk_full");
});

test("DocsplitApi turns error bodies into DocsplitError", async () => {
  const calls = [];
  const fakeFetch = async (url, init) => {
    calls.push([url, init]);
    return new Response(JSON.stringify({ error: { code: "invalid_boundaries", message: "pages must start at 1" } }), {
      status: 422,
      headers: { "Content-Type": "application/json" },
    });
  };
  const api = new DocsplitApi({ baseUrl: "http://h:1/", token: "tok", fetch: fakeFetch });
  await assert.rejects(api.setBoundaries("s1", { starts: [2] }), (error) => {
    assert.ok(error instanceof DocsplitError);
    assert.equal(error.status, 422);
    assert.equal(error.code, "invalid_boundaries");
    assert.equal(error.message, "pages must start at 1");
    return true;
  });
  const [url, init] = calls[0];
  assert.equal(url, "http://h:1/api/sessions/s1/boundaries");
  assert.equal(init.method, "PUT");
  assert.equal(init.headers.Authorization, "Bearer tok");
  assert.deepEqual(JSON.parse(init.body), { starts: [2] });
  const offline = new DocsplitApi({ baseUrl: "http://h:1", fetch: async () => { throw new TypeError("refused"); } });
  await assert.rejects(offline.getSession("s1"), { code: "cannot_connect", status: 0 });
});

test("authMode message sends the token as the first frame, and auth_request is answered", async () => {
  let n = 0;
  const socket = makeSocket({ token: "t0", authMode: "message", getToken: async () => `t${++n}` });
  socket.connect();
  const ws = FakeSocket.instances[0];
  assert.doesNotMatch(ws.url, /token=/);
  ws.open();
  assert.deepEqual(ws.sent, [{ type: "auth_request", token: "t0" }]);
  ws.message(connection(1));
  ws.message({ id: 1, type: "auth_request", message: "token expires soon", timeout_s: 10 });
  await sleep(1);
  assert.deepEqual(ws.sent.at(-1), { type: "auth_request", token: "t1" });
  assert.equal(socket.token, "t1");
  socket.close();
});

test("a stream that restarted lower (replay_too_old) becomes the new baseline", async () => {
  const socket = makeSocket({ lastId: 50 });
  const seen = [];
  socket.on("progress", (m) => seen.push(m.id));
  socket.connect();
  const ws = FakeSocket.instances[0];
  assert.match(ws.url, /last_id=50/);
  ws.message(connection(3, { last_id: 50, replay_too_old: true }));
  ws.message({ id: 4, type: "progress" });
  assert.deepEqual(seen, [4]);
  assert.equal(socket.lastId, 4);
  socket.connect(); // replaces the socket instead of opening a second one beside it
  assert.equal(FakeSocket.instances.length, 2);
  assert.equal(ws.closedWith.code, 1000);
  ws.message({ id: 5, type: "progress" }); // the old socket is no longer listened to
  assert.deepEqual(seen, [4]);
  socket.close();
});

test("an error without a close event (Node 20, refused connection) still reconnects", async () => {
  const socket = makeSocket({ connectTimeoutMs: 10000 });
  const closes = [];
  socket.on("close", (c) => closes.push(c.code));
  socket.connect();
  FakeSocket.instances[0].onerror({});
  await sleep(320);
  assert.deepEqual(closes, [1006]);
  assert.equal(FakeSocket.instances.length, 2);
  socket.close();
});

test("an error followed by a close is handled once, with the real code", async () => {
  const socket = makeSocket();
  const closes = [];
  socket.on("close", (c) => closes.push(c.code));
  socket.connect();
  FakeSocket.instances[0].onerror({});
  FakeSocket.instances[0].serverClose(4404, "no such session");
  await sleep(320);
  assert.deepEqual(closes, [4404]);
  assert.equal(FakeSocket.instances.length, 1);
});

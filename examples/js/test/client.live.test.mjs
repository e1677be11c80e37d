// docsplit-client.js against a real docsplit server (started by tests/web/test_js_client.py).
//
// Needs: DOCSPLIT_URL, DOCSPLIT_PDF (a file to upload), DOCSPLIT_ADMIN_TOKEN and
// DOCSPLIT_REPORT (where the timeline is written for the Python side to compare with the
// server's own event log). Node 20 needs --experimental-websocket (Node 22+ has WebSocket).
// While this runs, the Python test drops the connection from the server side twice (close 1012
// and an aborted TCP connection); the client must come back each time without losing or
// repeating an event.

import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { test } from "node:test";

import { CONNECTION_MESSAGES, DocsplitApi, DocsplitError } from "../docsplit-client.js";

const { DOCSPLIT_URL, DOCSPLIT_PDF, DOCSPLIT_ADMIN_TOKEN, DOCSPLIT_REPORT } = process.env;
const skip = !DOCSPLIT_URL ? "DOCSPLIT_URL is not set (run through tests/web/test_js_client.py)" : false;
const CLIENT_ID = "js-live";

/** Resolve when predicate() holds, checking on every message and state change. */
function until(socket, predicate, what, timeoutMs = 15000) {
  return new Promise((resolve, reject) => {
    if (predicate()) return resolve();
    const timer = setTimeout(() => {
      offs.forEach((off) => off());
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const check = () => {
      if (!predicate()) return;
      clearTimeout(timer);
      offs.forEach((off) => off());
      resolve();
    };
    const offs = ["*", "state", "close"].map((type) => socket.on(type, check));
  });
}

test("live: progress, heartbeat, reconnect with resume, REST, terminal close", { skip }, async () => {
  const api = new DocsplitApi({ baseUrl: DOCSPLIT_URL });
  const pdf = new Blob([await readFile(DOCSPLIT_PDF)], { type: "application/pdf" });
  const created = await api.upload(pdf, { ocr: "never" }, "live.pdf");
  const sessionId = created.session_id;
  assert.match(sessionId, /^[0-9a-f]{32}$/);

  const timeline = [];
  const types = [];
  const socket = api.socket(sessionId, {
    clientId: CLIENT_ID,
    token: created.token,
    // A fixed 200 ms first delay (jitter pinned at 0.5): long enough that events are published
    // while the client is away, so the server really has to replay them.
    backoffBaseMs: 400,
    backoffCapMs: 1000,
    random: () => 0.5,
    onHandlerError: (error) => timeline.push({ kind: "handler_error", message: error.message }),
  });
  socket.on("*", (m) => {
    timeline.push({ kind: "message", id: m.id, type: m.type, replayed: m.replayed, last_id: m.last_id });
    types.push(m.type);
  });
  socket.on("close", (c) => timeline.push({ kind: "close", at: Date.now(), ...c }));
  socket.on("state", (state) => timeline.push({ kind: "state", at: Date.now(), state }));
  socket.connect();

  // Processing runs while the server drops us; wait for the end of it.
  await until(socket, () => types.includes("processing_complete") && socket.state === "open", "processing_complete");
  await until(socket, () => types.includes("status") && timeline.some((t) => t.type === "status"), "a status");
  const session = await api.getSession(sessionId);
  assert.equal(session.status, "ready");

  // REST helpers: a bad boundary list is a DocsplitError with the server's code; a good one
  // is saved and split, and the split's events arrive on the same socket.
  await assert.rejects(api.setBoundaries(sessionId, { starts: [2] }), (error) => {
    assert.ok(error instanceof DocsplitError);
    assert.equal(error.status, 422);
    assert.equal(error.code, "invalid_boundaries");
    return true;
  });
  // Analysing again sends the options to change as JSON; bad ones are refused as on upload.
  await assert.rejects(api.reanalyse(sessionId, { every_n: 0 }), (error) => {
    assert.equal(error.status, 422);
    assert.equal(error.code, "invalid_options");
    return true;
  });
  const saved = await api.setBoundaries(sessionId, { starts: [1, 3], titles: ["first", null] });
  assert.deepEqual(saved.starts, [1, 3]);
  await api.split(sessionId);
  await until(socket, () => types.includes("split_complete"), "split_complete");
  const documents = await api.documents(sessionId);
  assert.deepEqual(documents.map((d) => [d.start_page, d.title]), [[1, "first"], [3, null]]);
  const blob = await api.downloadBlob(api.documentUrl(sessionId, documents[0].index));
  assert.equal(new TextDecoder().decode(await blob.slice(0, 5).arrayBuffer()), "%PDF-");

  // Admin disconnect closes with 4000: terminal, the client must stay away.
  const response = await fetch(
    `${DOCSPLIT_URL}/api/websocket/enhanced/disconnect/${sessionId}/${CLIENT_ID}?reason=test`,
    { method: "DELETE", headers: { Authorization: `Bearer ${DOCSPLIT_ADMIN_TOKEN}` } },
  );
  assert.equal(response.status, 200);
  await until(socket, () => socket.state === "closed", "the terminal close");
  const opensBefore = types.filter((t) => t === "connection").length;
  await new Promise((resolve) => setTimeout(resolve, 400));
  assert.equal(types.filter((t) => t === "connection").length, opensBefore, "no reconnect after 4000");
  const last = timeline.filter((t) => t.kind === "close").at(-1);
  assert.equal(last.code, 4000);
  assert.equal(last.willReconnect, false);

  // Every stream event exactly once, in order (per-connection messages repeat ids; skip them).
  const eventIds = timeline
    .filter((t) => t.kind === "message" && !CONNECTION_MESSAGES.includes(t.type))
    .map((t) => t.id);
  for (let i = 1; i < eventIds.length; i += 1) assert.ok(eventIds[i] > eventIds[i - 1], `ids ${eventIds}`);
  assert.equal(types.filter((t) => t === "processing_complete").length, 1);
  assert.ok(socket.stats.heartbeats > 0, "heartbeats were received (and answered)");
  assert.ok(!timeline.some((t) => t.kind === "handler_error"));

  if (DOCSPLIT_REPORT) {
    await writeFile(
      DOCSPLIT_REPORT,
      JSON.stringify({ session_id: sessionId, timeline, stats: socket.stats, last_id: socket.lastId }),
    );
  }
});

test("live: an unknown session closes with 4404 and is not retried", { skip }, async () => {
  const api = new DocsplitApi({ baseUrl: DOCSPLIT_URL });
  const socket = api.socket("0".repeat(32), { backoffBaseMs: 20, backoffCapMs: 50 });
  const closes = [];
  socket.on("close", (c) => closes.push(c));
  socket.connect();
  await until(socket, () => socket.state === "closed", "the close", 10000);
  await new Promise((resolve) => setTimeout(resolve, 200));
  assert.equal(closes.length, 1);
  assert.equal(closes[0].code, 4404);
  assert.equal(closes[0].willReconnect, false);
});

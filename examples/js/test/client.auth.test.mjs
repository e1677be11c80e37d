// docsplit-client.js against a real server that requires tokens (tests/web/test_js_client.py
// starts it and passes DOCSPLIT_URL, DOCSPLIT_SESSION, DOCSPLIT_TOKEN for that session and
// DOCSPLIT_OTHER_TOKEN, a valid token for another session).

import assert from "node:assert/strict";
import { test } from "node:test";

import { DocsplitApi, DocsplitError } from "../docsplit-client.js";

const { DOCSPLIT_URL, DOCSPLIT_SESSION, DOCSPLIT_TOKEN, DOCSPLIT_OTHER_TOKEN } = process.env;
const skip = !DOCSPLIT_URL ? "DOCSPLIT_URL is not set (run through tests/web/test_js_client.py)" : false;

/** Connect and resolve with the first "open" or the terminal close. */
function outcome(socket, timeoutMs = 10000) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("no outcome")), timeoutMs);
    socket.on("open", (message) => {
      clearTimeout(timer);
      resolve({ open: message });
    });
    socket.on("close", (close) => {
      if (close.willReconnect) return;
      clearTimeout(timer);
      resolve({ close });
    });
    socket.connect();
  });
}

for (const authMode of ["query", "message"]) {
  test(`auth on: the session's token opens it (${authMode})`, { skip }, async () => {
    const api = new DocsplitApi({ baseUrl: DOCSPLIT_URL, token: DOCSPLIT_TOKEN });
    const socket = api.socket(DOCSPLIT_SESSION, { authMode });
    const result = await outcome(socket);
    assert.ok(result.open, JSON.stringify(result));
    assert.equal(result.open.authenticated, true);
    assert.equal(result.open.snapshot.session_id, DOCSPLIT_SESSION);
    socket.close();
  });
}

const refusals = [
  ["a forged token", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl", 4401],
  ["another session's token", DOCSPLIT_OTHER_TOKEN, 4403],
];
for (const [what, token, code] of refusals) {
  test(`auth on: ${what} closes with ${code}, not retried`, { skip }, async () => {
    const api = new DocsplitApi({ baseUrl: DOCSPLIT_URL, token });
    const socket = api.socket(DOCSPLIT_SESSION, { authMode: "message", backoffBaseMs: 20 });
    const closes = [];
    socket.on("close", (c) => closes.push(c.code));
    const result = await outcome(socket);
    assert.equal(result.close?.code, code, JSON.stringify(result));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.deepEqual(closes, [code]);
    assert.equal(socket.state, "closed");
  });
}

test("auth on: REST without a token is a DocsplitError 401", { skip }, async () => {
  const api = new DocsplitApi({ baseUrl: DOCSPLIT_URL });
  await assert.rejects(api.getSession(DOCSPLIT_SESSION), (error) => {
    assert.ok(error instanceof DocsplitError);
    assert.equal(error.status, 401);
    assert.equal(error.code, "unauthorized");
    return true;
  });
});

// useDocsplitProgress with a stub React (react-stub/) and a fake WebSocket.
// Run: node --import ./examples/js/test/react-stub/register.mjs --test examples/js/test/hook.test.mjs

import assert from "node:assert/strict";
import { test } from "node:test";

import { renderHook } from "react";

import { useDocsplitProgress } from "../useDocsplitProgress.js";

class FakeSocket {
  static instances = [];
  constructor(url) {
    this.url = url;
    this.readyState = 1;
    this.sent = [];
    FakeSocket.instances.push(this);
  }
  send(text) {
    this.sent.push(JSON.parse(text));
  }
  close() {
    this.readyState = 3;
    this.closed = true;
  }
  message(payload) {
    this.onmessage?.({ data: JSON.stringify(payload) });
  }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

test("the hook connects, folds messages, answers heartbeats and cleans up", async () => {
  FakeSocket.instances = [];
  const options = { baseUrl: "http://h:1", token: "t", WebSocket: FakeSocket };
  const view = renderHook(useDocsplitProgress, "s1", options);
  await tick(); // like React, state set in an effect shows in the next render
  assert.equal(view.result.connection, "connecting");
  assert.equal(FakeSocket.instances.length, 1);
  const ws = FakeSocket.instances[0];
  assert.match(ws.url, /^ws:\/\/h:1\/ws\/enhanced\/s1\?client_id=\w+&token=t$/);

  ws.message({ id: 1, type: "connection", heartbeat_interval: 30, client_timeout: 90, snapshot: { status: "processing" } });
  ws.message({ id: 2, type: "progress", stage: "ocr", stage_percentage: 50, overall_percentage: 60, current: 1, total: 2, eta_s: 3 });
  ws.message({ id: 2, type: "heartbeat", sequence: 4 });
  await tick();
  assert.equal(view.result.connection, "open");
  assert.equal(view.result.progress.status, "processing");
  assert.equal(view.result.progress.overall, 60);
  assert.equal(view.result.progress.stages.ocr.percentage, 50);
  assert.deepEqual(ws.sent, [{ type: "pong", sequence: 4 }]);

  // A re-render with a fresh (equal) options object must not reconnect.
  view.rerender("s1", { ...options });
  assert.equal(FakeSocket.instances.length, 1);

  ws.message({ id: 3, type: "processing_error", code: "ocr_failed", message: "tesseract died", recoverable: true });
  await tick();
  assert.deepEqual(view.result.error, { code: "ocr_failed", message: "tesseract died" });

  // Another session: the old socket is closed, a new one opened, the state starts over.
  view.rerender("s2", options);
  await tick();
  assert.equal(ws.closed, true);
  assert.equal(FakeSocket.instances.length, 2);
  assert.equal(view.result.progress.overall, 0);
  assert.equal(view.result.error, null);

  view.unmount();
  assert.equal(FakeSocket.instances[1].closed, true);
});

test("no session id, no socket", () => {
  FakeSocket.instances = [];
  const view = renderHook(useDocsplitProgress, null, { WebSocket: FakeSocket });
  assert.equal(FakeSocket.instances.length, 0);
  assert.equal(view.result.connection, "idle");
  view.unmount();
});

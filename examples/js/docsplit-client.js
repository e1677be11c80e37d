// docsplit JavaScript client: live progress over WebSockets plus small REST helpers.
//
// One plain ES module, no dependencies, no build step. The same file is what the docsplit
// dashboard loads (served as /static/docsplit-client.js), what the React hook
// useDocsplitProgress.js is built on and what the tests run, in Node (20.10+ with
// --experimental-websocket, or 22+) and in the browser.
//
//   import { DocsplitSocket, DocsplitApi } from "./docsplit-client.js";
//   const api = new DocsplitApi({ baseUrl: "http://127.0.0.1:8080" });
//   const { session_id, token } = await api.upload(file, { ocr: "auto" });
//   const socket = new DocsplitSocket({ baseUrl: api.baseUrl, sessionId: session_id, token });
//   socket.on("progress", (m) => console.log(m.stage, m.overall_percentage));
//   socket.connect();
//
// What the socket guarantees (protocol: docs/websocket-protocol.md):
// - reconnection with exponential backoff and full jitter; no reconnect after a terminal close
//   code (4000, 4401, 4403, 4404) nor after close() - every other abnormal close is retried;
// - resume: every reconnect sends last_id (the highest event id seen), so the server replays
//   what was missed; an event whose id is not above last_id is a duplicate and is dropped, so a
//   handler sees each event once and in order;
// - the application heartbeat is answered (pong with the same sequence), and a connection
//   that stays silent longer than the server's client timeout is treated as dead and replaced
//   (a half-open TCP connection behind a proxy can otherwise look "open" for many minutes).

/** Close codes after which reconnecting cannot help (admin kick, bad token, no such session). */
export const TERMINAL_CLOSE_CODES = Object.freeze([4000, 4401, 4403, 4404]);
/** Close codes the protocol documents as "retry with backoff". Other abnormal closes are too. */
export const RETRY_CLOSE_CODES = Object.freeze([1001, 1006, 1011, 1012, 1013, 4008, 4408, 4429]);

/**
 * Messages addressed to one connection rather than events of the session's stream. The server
 * gives them the id of the last event that connection was sent, so they are never deduplicated.
 */
export const CONNECTION_MESSAGES = Object.freeze([
  "connection",
  "disconnection",
  "heartbeat",
  "pong",
  "auth_request",
  "auth_success",
  "auth_failure",
  "error",
]);

export const PROCESS_STAGES = Object.freeze([
  "validation",
  "text_extraction",
  "ocr",
  "boundary_detection",
  "complete",
]);
export const SPLIT_STAGES = Object.freeze(["splitting", "complete"]);

// How long to wait for the close event that should follow an error before assuming it never
// comes (see the onerror handler).
const ERROR_CLOSE_GRACE_MS = 250;

const DEFAULTS = Object.freeze({
  backoffBaseMs: 500,
  backoffCapMs: 30000,
  maxAttempts: Infinity,
  connectTimeoutMs: 10000,
  // Used until the server's `connection` message says its real client_timeout.
  silenceTimeoutMs: 90000,
  onHandlerError: (error) => (globalThis.reportError ?? console.error)(error),
  // "query": the token rides in the URL (works everywhere); "message": it is sent as the first
  // frame ({"type": "auth_request"}), for deployments whose proxies log URLs.
  authMode: "query",
  // Called when the server asks for a token (at connect, or before the current one expires);
  // may return a promise. Without it the current token is sent again.
  getToken: null,
});

/**
 * Full-jitter exponential backoff: a uniform delay in [0, min(cap, base * 2^attempt)).
 * Spreading reconnects over the whole window is what keeps a thousand dashboards from hitting a
 * restarted server in the same millisecond.
 */
export function backoffDelay(attempt, { baseMs = 500, capMs = 30000, random = Math.random } = {}) {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.floor(random() * ceiling);
}

/** The WebSocket URL of a session: ws(s)://host/ws/enhanced/{id}?client_id=&token=&last_id= */
export function websocketUrl(baseUrl, sessionId, { clientId, token, lastId } = {}) {
  const url = new URL(`/ws/enhanced/${encodeURIComponent(sessionId)}`, baseUrl);
  url.protocol = url.protocol === "https:" || url.protocol === "wss:" ? "wss:" : "ws:";
  if (clientId) url.searchParams.set("client_id", clientId);
  // Browsers cannot set an Authorization header on a WebSocket; the query parameter is the
  // documented way (keep tokens short-lived when proxies log URLs).
  if (token) url.searchParams.set("token", token);
  if (lastId) url.searchParams.set("last_id", String(lastId));
  return url.toString();
}

function randomId() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID().replace(/-/g, "");
  return Math.random().toString(16).slice(2) + Date.now().toString(16);
}

function defaultBaseUrl() {
  return globalThis.location?.origin ?? "http://127.0.0.1:8080";
}

/**
 * A session's live event stream. Register handlers with on(type, fn) - a message type, "*" for
 * every message, or a lifecycle event: "state" (connecting | open | reconnecting | closed),
 * "open" (the connection message arrived), "close" ({code, reason, willReconnect, delayMs}),
 * "giveup" ({code, reason, attempts}). on() returns a function that removes the handler.
 */
export class DocsplitSocket {
  constructor({
    baseUrl = defaultBaseUrl(),
    sessionId,
    token = null,
    clientId = randomId(),
    lastId = 0,
    WebSocket: WebSocketImpl = globalThis.WebSocket,
    random = Math.random,
    ...options
  } = {}) {
    if (!sessionId) throw new TypeError("sessionId is required");
    if (!WebSocketImpl) {
      throw new TypeError(
        "no WebSocket implementation: pass { WebSocket } or run Node with --experimental-websocket",
      );
    }
    this.baseUrl = baseUrl;
    this.sessionId = sessionId;
    this.token = token;
    this.clientId = clientId;
    this.options = { ...DEFAULTS, ...options };
    this.lastId = lastId;
    this.state = "idle";
    this.stats = { received: 0, delivered: 0, duplicates: 0, reconnects: 0, heartbeats: 0 };
    this.connectionInfo = null;
    this._WebSocket = WebSocketImpl;
    this._random = random;
    this._handlers = new Map();
    this._ws = null;
    this._attempt = 0;
    this._stopped = false;
    this._retryTimer = null;
    this._silenceTimer = null;
    this._silenceMs = this.options.silenceTimeoutMs;
  }

  on(type, handler) {
    if (!this._handlers.has(type)) this._handlers.set(type, new Set());
    this._handlers.get(type).add(handler);
    return () => this._handlers.get(type)?.delete(handler);
  }

  /** Open the connection (again after close() too); returns this for chaining. */
  connect() {
    this._stopped = false;
    clearTimeout(this._retryTimer);
    if (this._ws) {
      // connect() while connected: replace the socket rather than run two side by side.
      const old = this._ws;
      this._ws = null;
      this._detach(old);
      try {
        old.close(1000, "reconnecting");
      } catch {
        // not open yet; dropped either way
      }
    }
    this._open();
    return this;
  }

  /** Close for good: no reconnect. */
  close(code = 1000, reason = "client closed") {
    this._stopped = true;
    clearTimeout(this._retryTimer);
    clearTimeout(this._silenceTimer);
    const ws = this._ws;
    this._ws = null;
    if (ws) {
      this._detach(ws);
      try {
        ws.close(code, reason);
      } catch {
        // already closing; nothing to do
      }
    }
    this._setState("closed");
  }

  /** Send a JSON message; false when not connected (the caller decides whether that matters). */
  send(message) {
    if (!this._ws || this._ws.readyState !== 1) return false;
    this._ws.send(JSON.stringify(message));
    return true;
  }

  /** Close the current socket as if the network had dropped it; the client reconnects. */
  drop() {
    if (this._ws) this._lost(this._ws, 4999, "dropped by client");
  }

  // -- internals -----------------------------------------------------------------------------

  _emit(type, payload) {
    // "*" gets server messages only, once each (lifecycle events such as "open" carry a
    // message as payload but are not messages themselves).
    const isMessage = payload !== null && typeof payload === "object" && payload.type === type;
    for (const key of isMessage ? [type, "*"] : [type]) {
      for (const handler of [...(this._handlers.get(key) ?? [])]) {
        try {
          handler(payload, this);
        } catch (error) {
          // One broken handler must not stop the others nor the socket; report it, go on.
          this.options.onHandlerError(error, type);
        }
      }
    }
  }

  _setState(state) {
    if (this.state === state) return;
    this.state = state;
    this._emit("state", state);
  }

  _open() {
    const url = websocketUrl(this.baseUrl, this.sessionId, {
      clientId: this.clientId,
      token: this.options.authMode === "query" ? this.token : null,
      lastId: this.lastId,
    });
    this._setState(this._attempt === 0 && this.stats.reconnects === 0 ? "connecting" : "reconnecting");
    let ws;
    try {
      ws = new this._WebSocket(url);
    } catch (error) {
      this._scheduleReconnect(1006, String(error?.message ?? error));
      return;
    }
    this._ws = ws;
    // Until `connection` arrives, the connect timeout is the silence limit.
    this._armSilence(this.options.connectTimeoutMs);
    ws.onopen = () => {
      if (this.options.authMode === "message" && this.token && ws === this._ws) {
        ws.send(JSON.stringify({ type: "auth_request", token: this.token }));
      }
    };
    ws.onmessage = (event) => this._onMessage(ws, event);
    ws.onclose = (event) => this._onClose(ws, event.code, event.reason);
    ws.onerror = () => {
      // Browsers follow an error with a close event, where the reconnect decision is taken
      // (with the real close code). Node 20's WebSocket fires only "error" when the connection
      // is refused; without this the attempt would hang until the connect timeout.
      setTimeout(() => this._lost(ws, 1006, "connection failed"), ERROR_CLOSE_GRACE_MS);
    };
  }

  _detach(ws) {
    ws.onmessage = null;
    ws.onclose = null;
    ws.onerror = null;
    ws.onopen = null;
  }

  _armSilence(ms) {
    clearTimeout(this._silenceTimer);
    const ws = this._ws;
    this._silenceTimer = setTimeout(() => this._lost(ws, 4408, "no message from the server"), ms);
  }

  /** A dead or silent socket: stop listening to it and reconnect without waiting for close. */
  _lost(ws, code, reason) {
    if (ws !== this._ws || !ws) return;
    this._detach(ws);
    try {
      ws.close(4000 <= code && code < 5000 ? code : 4000, reason);
    } catch {
      // a socket that never opened cannot be closed; it is garbage either way
    }
    this._onClose(ws, code, reason);
  }

  _onMessage(ws, event) {
    if (ws !== this._ws) return;
    let message;
    try {
      message = JSON.parse(typeof event.data === "string" ? event.data : String(event.data));
    } catch {
      return; // the server only sends JSON text; ignore anything else
    }
    this.stats.received += 1;
    this._armSilence(this._silenceMs);
    const type = message.type;
    const isEvent = !CONNECTION_MESSAGES.includes(type);
    if (isEvent && typeof message.id === "number") {
      if (message.id <= this.lastId) {
        this.stats.duplicates += 1;
        return;
      }
      this.lastId = message.id;
    }
    if (type === "heartbeat") {
      this.stats.heartbeats += 1;
      this.send({ type: "pong", sequence: message.sequence });
    } else if (type === "auth_request") {
      // At connect, in "message" mode, the token went out with the open already; answering
      // again would only make the server re-check it. Later requests (expiry) are answered.
      const sentOnOpen = this.options.authMode === "message" && this.token;
      if (this.state === "open" || !sentOnOpen) this._answerAuth(ws);
    } else if (type === "connection") {
      this.connectionInfo = message;
      // Connection-scoped ids carry the last event id sent, so a snapshot-only (re)join still
      // moves last_id forward and the next reconnect asks for the right place. When the server
      // could not replay from our last_id (too old, or a stream that restarted lower: a new
      // data directory), its id is the new baseline even if lower, or every new event would be
      // dropped as a "duplicate"; the snapshot stands in for the gap.
      if (typeof message.id === "number" && (message.id > this.lastId || message.replay_too_old)) {
        this.lastId = message.id;
      }
      const timeout = Number(message.client_timeout);
      const interval = Number(message.heartbeat_interval);
      if (timeout > 0) {
        // The server closes a silent *client* after client_timeout; the client gives the server
        // the same allowance plus one heartbeat interval of slack for a busy loop.
        this._silenceMs = (timeout + (interval > 0 ? interval : 0)) * 1000;
        this._armSilence(this._silenceMs);
      }
      this._attempt = 0;
      this._setState("open");
      this._emit("open", message);
    }
    this.stats.delivered += 1;
    this._emit(type, message);
  }

  async _answerAuth(ws) {
    try {
      const fresh = this.options.getToken ? await this.options.getToken() : this.token;
      if (fresh) this.token = fresh;
    } catch (error) {
      this.options.onHandlerError(error, "auth_request");
    }
    if (ws === this._ws && this.token) this.send({ type: "auth_request", token: this.token });
  }

  _onClose(ws, code, reason) {
    if (ws !== this._ws) return;
    this._detach(ws);
    this._ws = null;
    clearTimeout(this._silenceTimer);
    if (this._stopped) {
      this._setState("closed");
      return;
    }
    this._scheduleReconnect(code, reason);
  }

  _scheduleReconnect(code, reason) {
    const terminal = TERMINAL_CLOSE_CODES.includes(code);
    // 1000 from the server is a deliberate, normal end (e.g. the session was deleted).
    const willReconnect = !terminal && code !== 1000 && this._attempt < this.options.maxAttempts;
    if (!willReconnect) {
      this._stopped = true;
      this._emit("close", { code, reason, willReconnect: false, delayMs: null });
      this._setState("closed");
      if (!terminal && code !== 1000) this._emit("giveup", { code, reason, attempts: this._attempt });
      return;
    }
    const delayMs = backoffDelay(this._attempt, {
      baseMs: this.options.backoffBaseMs,
      capMs: this.options.backoffCapMs,
      random: this._random,
    });
    this._attempt += 1;
    this.stats.reconnects += 1;
    this._emit("close", { code, reason, willReconnect: true, delayMs });
    this._setState("reconnecting");
    this._retryTimer = setTimeout(() => {
      if (!this._stopped) this._open();
    }, delayMs);
  }
}

// -- progress state ---------------------------------------------------------------------------

/** The state a progress view needs, before any message. */
export function initialProgress() {
  return {
    status: null,
    operation: null, // "process" | "split" - which stage list applies
    stage: null,
    overall: 0,
    stages: {}, // name -> {percentage, current, total, message, eta_s, started, finished}
    eta_s: null,
    message: "",
    errors: [], // {type, code, message, recoverable}
    notices: [], // {type, message} of info / warning
    documents: null, // proposal after processing_complete, output after split_complete
    outputs: null,
    statistics: null,
    complete: false, // processing_complete seen (or the snapshot says ready/split)
    splitComplete: false,
    lastId: 0,
  };
}

const READY_STATUSES = ["ready", "splitting", "split"];

/**
 * Fold one server message into a progress state; returns a new object (React-friendly). Shared
 * by the dashboard and useDocsplitProgress so that both read a stream the same way.
 */
export function reduceProgress(state, message) {
  const next = { ...state, stages: { ...state.stages } };
  if (typeof message.id === "number" && message.id > next.lastId) next.lastId = message.id;
  switch (message.type) {
    case "connection": {
      const snap = message.snapshot ?? {};
      if (snap.status) next.status = snap.status;
      const progress = snap.progress;
      if (progress && typeof progress.overall_percentage === "number") {
        // A late joiner gets no per-stage history, only where the job is now.
        next.overall = Math.max(next.overall, progress.overall_percentage);
        if (progress.stage) {
          next.stage = progress.stage;
          const pct = progress.total ? (100 * progress.current) / progress.total : 0;
          next.stages[progress.stage] = {
            ...(next.stages[progress.stage] ?? {}),
            percentage: Math.max(next.stages[progress.stage]?.percentage ?? 0, pct),
            current: progress.current,
            total: progress.total,
          };
          if (progress.stage === "splitting") next.operation = "split";
          else if (!next.operation) next.operation = "process";
        }
      }
      if (snap.boundaries?.documents) next.documents = snap.boundaries.documents;
      if (Array.isArray(snap.documents) && snap.documents.length) next.outputs = snap.documents;
      if (snap.statistics) next.statistics = snap.statistics;
      if (READY_STATUSES.includes(next.status)) next.complete = true;
      if (next.status === "split") next.splitComplete = true;
      if (snap.error?.code) next.errors = [...next.errors, { type: "snapshot", ...snap.error }];
      break;
    }
    case "processing_start":
      return {
        ...initialProgress(),
        status: "processing",
        operation: "process",
        lastId: next.lastId,
        notices: next.notices,
      };
    case "split_start":
      next.operation = "split";
      next.stages = {};
      next.overall = 0;
      next.splitComplete = false;
      next.outputs = null;
      break;
    case "progress":
    case "split_progress": {
      next.operation = message.type === "split_progress" ? "split" : next.operation ?? "process";
      const previous = next.stages[message.stage] ?? { started: message.timestamp };
      // A stage that is left is finished; the server never goes back to it.
      if (next.stage && next.stage !== message.stage && next.stages[next.stage]) {
        next.stages[next.stage] = { ...next.stages[next.stage], percentage: 100, finished: true };
      }
      next.stages[message.stage] = {
        ...previous,
        percentage: Math.max(previous.percentage ?? 0, message.stage_percentage ?? 0),
        current: message.current,
        total: message.total,
        message: message.message ?? "",
        eta_s: message.eta_s ?? null,
        finished: message.stage === "complete" || (message.stage_percentage ?? 0) >= 100,
      };
      next.stage = message.stage;
      next.overall = Math.max(next.overall, message.overall_percentage ?? 0);
      next.eta_s = message.eta_s ?? null;
      next.message = message.message ?? "";
      break;
    }
    case "status":
      next.status = message.status;
      if (READY_STATUSES.includes(message.status)) next.complete = true;
      if (message.status === "split") next.splitComplete = true;
      break;
    case "processing_complete":
      next.complete = true;
      next.documents = message.documents ?? next.documents;
      next.statistics = message.statistics ?? next.statistics;
      next.overall = 100;
      next.eta_s = null;
      break;
    case "split_complete":
      next.splitComplete = true;
      next.outputs = message.documents ?? next.outputs;
      next.overall = 100;
      next.eta_s = null;
      break;
    case "processing_error":
    case "split_error":
    case "error":
      next.errors = [
        ...next.errors,
        {
          type: message.type,
          code: message.code,
          message: message.message,
          recoverable: message.recoverable,
        },
      ];
      break;
    case "info":
    case "warning":
      next.notices = [...next.notices.slice(-49), { type: message.type, message: message.message }];
      break;
    default:
      // heartbeat, pong, auth_*: nothing to show; keep the same object so React skips a render.
      return state;
  }
  return next;
}

// -- REST ------------------------------------------------------------------------------------

/** An error answer of the API: {"error": {"code", "message"}} plus the HTTP status. */
export class DocsplitError extends Error {
  constructor(status, code, message) {
    super(message || code || `HTTP ${status}`);
    this.name = "DocsplitError";
    this.status = status;
    this.code = code || "http_error";
  }
}

/** Small helpers over the REST API (fetch-based; browsers and Node 18+). */
export class DocsplitApi {
  constructor({ baseUrl = defaultBaseUrl(), token = null, fetch: fetchImpl = globalThis.fetch } = {}) {
    this.baseUrl = baseUrl.replace(/\/+$/, "");
    this.token = token;
    // Called unbound, a browser's fetch throws "Illegal invocation": keep it bound to globalThis.
    this._fetch = fetchImpl === globalThis.fetch ? fetchImpl.bind(globalThis) : fetchImpl;
  }

  url(path) {
    return new URL(path, `${this.baseUrl}/`).toString();
  }

  headers(extra = {}) {
    return this.token ? { Authorization: `Bearer ${this.token}`, ...extra } : { ...extra };
  }

  async request(method, path, { json, body, headers = {} } = {}) {
    const init = { method, headers: this.headers(headers) };
    if (json !== undefined) {
      init.body = JSON.stringify(json);
      init.headers["Content-Type"] = "application/json";
    } else if (body !== undefined) {
      init.body = body;
    }
    let response;
    try {
      response = await this._fetch(this.url(path), init);
    } catch (error) {
      throw new DocsplitError(0, "cannot_connect", `cannot reach ${this.baseUrl}: ${error.message}`);
    }
    return DocsplitApi.check(response);
  }

  /** Parse a response: the JSON body, or a DocsplitError built from the error body. */
  static async check(response) {
    const type = response.headers.get("Content-Type") ?? "";
    const data = type.includes("json") ? await response.json().catch(() => null) : null;
    if (!response.ok) {
      const error = data?.error ?? {};
      throw new DocsplitError(response.status, error.code, error.message ?? response.statusText);
    }
    return data;
  }

  listSessions({ limit = 50, offset = 0 } = {}) {
    return this.request("GET", `/api/sessions?limit=${limit}&offset=${offset}`);
  }

  getSession(id) {
    return this.request("GET", `/api/sessions/${id}`);
  }

  deleteSession(id) {
    return this.request("DELETE", `/api/sessions/${id}`);
  }

  /** Upload a PDF (Blob/File or bytes); options like {ocr: "auto", strategy: "auto"}. */
  upload(file, options = {}, filename = file?.name ?? "upload.pdf") {
    const form = new FormData();
    const blob = file instanceof Blob ? file : new Blob([file], { type: "application/pdf" });
    form.append("file", blob, filename);
    if (options && Object.keys(options).length) form.append("options", JSON.stringify(options));
    return this.request("POST", "/api/sessions", { body: form });
  }

  getBoundaries(id) {
    return this.request("GET", `/api/sessions/${id}/boundaries`);
  }

  /** starts: 1-based first page of each document; titles and exclude optional. */
  setBoundaries(id, { starts, titles, exclude } = {}) {
    const json = { starts };
    if (titles !== undefined) json.titles = titles;
    if (exclude !== undefined) json.exclude = exclude;
    return this.request("PUT", `/api/sessions/${id}/boundaries`, { json });
  }

  split(id) {
    return this.request("POST", `/api/sessions/${id}/split`);
  }

  retry(id) {
    return this.request("POST", `/api/sessions/${id}/retry`);
  }

  /** Analyse the stored PDF again with these options changed, e.g. `{ duplex: true }`. */
  reanalyse(id, options = {}) {
    return this.request("POST", `/api/sessions/${id}/analyse`, { json: options });
  }

  documents(id) {
    return this.request("GET", `/api/sessions/${id}/documents`);
  }

  documentUrl(id, index) {
    return this.url(`/api/sessions/${id}/documents/${index}`);
  }

  zipUrl(id) {
    return this.url(`/api/sessions/${id}/download`);
  }

  /** Fetch a download as a Blob (needed when a token is required: links cannot send headers). */
  async downloadBlob(url) {
    let response;
    try {
      response = await this._fetch(url, { headers: this.headers() });
    } catch (error) {
      throw new DocsplitError(0, "cannot_connect", error.message);
    }
    if (!response.ok) await DocsplitApi.check(response);
    return response.blob();
  }

  socket(sessionId, options = {}) {
    return new DocsplitSocket({ baseUrl: this.baseUrl, sessionId, token: this.token, ...options });
  }
}

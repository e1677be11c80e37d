// docsplit dashboard: the upload page and the review page. Plain ES module, no build step.
//
// Everything goes through the public REST API and the WebSocket stream, using the same client
// module the examples document (served from examples/js/docsplit-client.js).

import {
  DocsplitApi,
  DocsplitSocket,
  PROCESS_STAGES,
  SPLIT_STAGES,
  initialProgress,
  reduceProgress,
} from "./docsplit-client.js";

const $ = (selector, root = document) => root.querySelector(selector);
const config = JSON.parse($("#dashboard-config")?.textContent || "{}");

const STAGE_LABELS = {
  upload: "Upload",
  validation: "Validating the PDF",
  text_extraction: "Reading the text",
  ocr: "OCR",
  boundary_detection: "Finding documents",
  splitting: "Writing documents",
  complete: "Done",
};
const ACTIVE = ["uploaded", "queued", "processing", "splitting"];
const EDITABLE = ["ready", "split", "failed", "cancelled", "interrupted"];
// Colours that stay distinguishable next to each other, for the documents of the page grid.
const DOC_COLOURS = ["#2f6fde", "#d97706", "#059669", "#c026d3", "#dc2626", "#0891b2", "#65a30d", "#7c3aed"];

// -- tokens: kept in localStorage, per session (from uploads) and one for the user ------------

const TOKEN_KEY = "docsplit.token";
const SESSION_TOKENS_KEY = "docsplit.sessionTokens";

function sessionTokens() {
  try {
    return JSON.parse(localStorage.getItem(SESSION_TOKENS_KEY) || "{}");
  } catch {
    return {};
  }
}

function tokenFor(sessionId) {
  const own = sessionId ? sessionTokens()[sessionId] : null;
  return own || localStorage.getItem(TOKEN_KEY) || null;
}

function rememberSessionToken(sessionId, token) {
  if (!token) return;
  const all = sessionTokens();
  all[sessionId] = token;
  // Keep the map small: the newest 200 sessions are plenty for one browser.
  const entries = Object.entries(all).slice(-200);
  localStorage.setItem(SESSION_TOKENS_KEY, JSON.stringify(Object.fromEntries(entries)));
}

function setupTokenBox(onChange) {
  const form = $("#token-form");
  if (!form) return;
  const input = $("#token-input");
  input.value = localStorage.getItem(TOKEN_KEY) || "";
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = input.value.trim();
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
    $("#token-box").open = false;
    onChange();
  });
  $("#token-clear").addEventListener("click", () => {
    input.value = "";
    localStorage.removeItem(TOKEN_KEY);
    onChange();
  });
}

// -- small helpers --------------------------------------------------------------------------

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "style") node.style.cssText = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) {
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return node;
}

function showError(node, error) {
  if (!node) return;
  if (!error) {
    node.hidden = true;
    node.textContent = "";
    return;
  }
  node.hidden = false;
  node.replaceChildren();
  if (error.code) node.append(el("code", { text: error.code }), ": ");
  node.append(error.message || String(error));
}

function formatBytes(n) {
  if (!Number.isFinite(n)) return "";
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function formatEta(seconds) {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return "";
  if (seconds < 1) return "less than a second left";
  if (seconds < 90) return `about ${Math.round(seconds)} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}

function formatTime(iso) {
  return iso ? iso.slice(0, 19).replace("T", " ") : "";
}

function pageRange(start, end) {
  return start === end ? `page ${start}` : `pages ${start}\u2013${end}`;
}

// Downloads: plain links when no token is needed; with a token a link cannot send the header,
// so the file is fetched and handed to the browser as a blob.
function wireDownload(link, api, filename, onError) {
  link.addEventListener("click", async (event) => {
    if (!api.token) return;
    event.preventDefault();
    try {
      const blob = await api.downloadBlob(link.href);
      const url = URL.createObjectURL(blob);
      const a = el("a", { href: url, download: filename });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    } catch (error) {
      onError(error);
    }
  });
}

// -- index page -------------------------------------------------------------------------------

function indexPage() {
  const api = new DocsplitApi({ token: tokenFor(null) });
  const form = $("#upload-form");
  const input = $("#file-input");
  const dropzone = $("#dropzone");
  const button = $("#upload-button");
  const strategy = $("#opt-strategy");
  let file = null;

  const choose = (chosen) => {
    showError($("#upload-error"), null);
    file = chosen || null;
    dropzone.classList.toggle("has-file", Boolean(file));
    $("#dropzone-text").textContent = file
      ? `${file.name} (${formatBytes(file.size)})`
      : "Drop a PDF here or choose a file";
    button.disabled = !file;
    if (file && file.size > config.max_upload_mb * 1024 * 1024) {
      showError($("#upload-error"), {
        code: "too_large",
        message: `the file is larger than ${config.max_upload_mb} MB`,
      });
      button.disabled = true;
    }
  };

  input.addEventListener("change", () => choose(input.files[0]));
  for (const type of ["dragenter", "dragover"]) {
    dropzone.addEventListener(type, (event) => {
      event.preventDefault();
      dropzone.classList.add("over");
    });
  }
  for (const type of ["dragleave", "drop"]) {
    dropzone.addEventListener(type, () => dropzone.classList.remove("over"));
  }
  dropzone.addEventListener("drop", (event) => {
    event.preventDefault();
    const dropped = [...(event.dataTransfer?.files ?? [])];
    const pdf = dropped.find((f) => f.type === "application/pdf" || /\.pdf$/i.test(f.name));
    if (!pdf) {
      showError($("#upload-error"), { code: "invalid_pdf", message: "drop a PDF file" });
      return;
    }
    choose(pdf);
  });
  strategy.addEventListener("change", () => {
    $("#every-n-label").hidden = strategy.value !== "every_n";
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!file) return;
    const options = { ocr: $("#opt-ocr").value, strategy: strategy.value };
    if (strategy.value === "every_n") options.every_n = Number($("#opt-every-n").value) || 1;
    if ($("#opt-duplex").checked) options.duplex = true;
    upload(api, file, options, button);
  });

  setupTokenBox(() => {
    api.token = tokenFor(null);
    refreshSessions(api);
  });
  refreshSessions(api);
  // The list is a view of the server; a light poll keeps statuses current without a socket
  // per row (and pauses while the tab is hidden).
  setInterval(() => {
    if (!document.hidden) refreshSessions(api);
  }, 4000);
}

// XMLHttpRequest rather than fetch: it is the one browser API that reports upload progress.
function upload(api, file, options, button) {
  const bar = $("#upload-bar");
  const text = $("#upload-progress-text");
  $("#upload-progress").hidden = false;
  button.disabled = true;
  showError($("#upload-error"), null);
  const body = new FormData();
  body.append("file", file, file.name);
  body.append("options", JSON.stringify(options));
  const xhr = new XMLHttpRequest();
  xhr.open("POST", api.url("/api/sessions"));
  if (api.token) xhr.setRequestHeader("Authorization", `Bearer ${api.token}`);
  xhr.upload.addEventListener("progress", (event) => {
    if (!event.lengthComputable) return;
    const pct = (100 * event.loaded) / event.total;
    bar.style.width = `${pct}%`;
    text.textContent = pct >= 100 ? "checking the PDF\u2026" : `uploading ${Math.floor(pct)}%`;
  });
  xhr.addEventListener("load", () => {
    let data = null;
    try {
      data = JSON.parse(xhr.responseText);
    } catch {
      // not JSON: a proxy's error page; reported below with the status
    }
    if (xhr.status === 201 && data?.session_id) {
      rememberSessionToken(data.session_id, data.token);
      text.textContent = "uploaded";
      window.location.assign(`/sessions/${data.session_id}`);
      return;
    }
    $("#upload-progress").hidden = true;
    button.disabled = false;
    showError($("#upload-error"), data?.error ?? { code: `http_${xhr.status}`, message: xhr.statusText });
  });
  xhr.addEventListener("error", () => {
    $("#upload-progress").hidden = true;
    button.disabled = false;
    showError($("#upload-error"), { code: "cannot_connect", message: "the server cannot be reached" });
  });
  xhr.send(body);
}

async function refreshSessions(api) {
  if (config.require_auth && !api.token) return;
  let data;
  try {
    data = await api.listSessions({ limit: 50 });
  } catch (error) {
    showError($("#sessions-error"), error);
    return;
  }
  showError($("#sessions-error"), null);
  $("#sessions-auth-hint")?.remove();
  $("#sessions-total").textContent = `${data.total} in total`;
  $("#sessions-empty").hidden = data.sessions.length > 0;
  $("#sessions-body").replaceChildren(
    ...data.sessions.map((s) =>
      el(
        "tr",
        { "data-session": s.session_id },
        el("td", {}, el("a", { href: `/sessions/${s.session_id}`, text: s.filename })),
        el("td", {}, el("span", { class: `badge status-${s.status}`, text: s.status })),
        el("td", { class: "num", text: s.page_count ?? "" }),
        el("td", { class: "num", text: s.documents?.length || "" }),
        el("td", { class: "small muted" }, el("time", { datetime: s.created_at, text: formatTime(s.created_at) })),
        el("td", { class: "actions" }, el("a", { class: "btn small", href: `/sessions/${s.session_id}`, text: "Open" })),
      ),
    ),
  );
}

// -- review page ------------------------------------------------------------------------------

class ReviewPage {
  constructor(root) {
    this.sessionId = root.dataset.session;
    this.api = new DocsplitApi({ token: tokenFor(this.sessionId) });
    this.session = JSON.parse($("#initial-session")?.textContent || "null");
    this.progress = initialProgress();
    this.draft = null; // {starts: number[], titles: Map<start, title>, exclude: Set<page>}
    this.dirty = false;
    this.tool = "start";
    this.socket = null;
    this.refreshTimer = null;
    this.deleted = false;
    this.connectionError = null; // a refused socket
    this.requestError = null; // the last failed REST call, until one succeeds
    this.newProposal = false; // processing_complete seen: the next snapshot replaces edits
  }

  start() {
    this.bindControls();
    setupTokenBox(() => {
      this.api.token = tokenFor(this.sessionId);
      this.connect();
      this.refresh();
    });
    if (this.session) this.adopt(this.session);
    else this.refresh();
    this.connect();
    // Safety net when the stream is not open (server without WebSockets, proxy trouble):
    // poll while something is running, so the page never freezes on a stale state.
    setInterval(() => {
      const status = this.session?.status;
      if (!this.deleted && this.socket?.state !== "open" && ACTIVE.includes(status)) this.refresh();
    }, 2000);
    window.docsplitDashboard = this; // handy in the console and for the browser test
  }

  connect() {
    this.socket?.close();
    this.connectionError = null;
    this.socket = this.api.socket(this.sessionId, { lastId: 0 });
    this.socket.on("state", (state) => this.renderConnection(state));
    this.socket.on("*", (message) => this.onMessage(message));
    this.socket.on("close", ({ code, reason, willReconnect }) => {
      if (!willReconnect && code >= 4000 && code < 4500) {
        this.connectionError = {
          code: `closed_${code}`,
          message: reason || "the server refused the live connection (check the access token)",
        };
        this.renderHeader();
      }
    });
    this.socket.connect();
  }

  onMessage(message) {
    this.progress = reduceProgress(this.progress, message);
    this.renderProgress();
    switch (message.type) {
      case "connection":
        // The snapshot is authoritative; adopt it (keeps unsaved edits, see adopt()).
        if (message.snapshot?.session_id) this.adopt({ ...this.session, ...message.snapshot });
        break;
      case "status":
        if (message.status === "deleted") {
          this.markDeleted();
          return;
        }
        this.session = { ...this.session, status: message.status };
        this.renderHeader();
        this.scheduleRefresh();
        break;
      case "processing_complete":
        this.newProposal = true;
        this.scheduleRefresh();
        break;
      case "split_complete":
      case "processing_error":
      case "split_error":
        this.scheduleRefresh();
        break;
      default:
        break;
    }
    if (["info", "warning", "error", "processing_error", "split_error"].includes(message.type)) {
      this.log(message.type, message.message || message.code);
    } else if (message.type === "status") {
      this.log("info", `status: ${message.status}`);
    }
  }

  scheduleRefresh() {
    // Several events arrive together at the end of a job; one GET covers them all.
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.refresh(), 80);
  }

  async refresh() {
    if (this.deleted) return;
    try {
      const session = await this.api.getSession(this.sessionId);
      this.requestError = null;
      this.adopt(session);
    } catch (error) {
      if (error.status === 404) this.markDeleted();
      else this.failed(error);
    }
  }

  failed(error) {
    this.requestError = error;
    this.renderHeader();
  }

  adopt(session) {
    this.session = session;
    // Unsaved edits survive refreshes; a new proposal (processing finished again) replaces them.
    const replace = this.newProposal && session.status === "ready";
    if (replace) this.newProposal = false;
    if (!this.dirty || replace) this.draft = this.draftFrom(session.boundaries);
    if (replace && this.dirty) {
      this.dirty = false;
      this.log("warning", "a new proposal arrived; your unsaved changes were replaced");
    }
    if (!ACTIVE.includes(session.status) && !this.progress.complete && session.progress) {
      this.progress = { ...this.progress, overall: session.progress.overall_percentage ?? 0 };
    }
    this.render();
  }

  draftFrom(boundaries) {
    const pages = this.session?.page_count || 1;
    const starts = boundaries?.starts?.length ? [...boundaries.starts] : [1];
    const titles = new Map();
    (boundaries?.titles ?? []).forEach((title, i) => {
      if (title && starts[i] !== undefined) titles.set(starts[i], title);
    });
    const exclude = new Set((boundaries?.exclude ?? []).filter((p) => p >= 1 && p <= pages));
    return { starts, titles, exclude };
  }

  // -- editing ------------------------------------------------------------------------------

  get editable() {
    return !this.deleted && EDITABLE.includes(this.session?.status);
  }

  setDirty() {
    this.dirty = true;
    showError($("#review-error"), null);
    this.renderReview();
  }

  togglePage(page) {
    if (!this.editable || !this.draft) return;
    if (this.tool === "exclude") {
      if (this.draft.exclude.has(page)) this.draft.exclude.delete(page);
      else this.draft.exclude.add(page);
    } else if (page === 1) {
      showError($("#review-error"), { code: "invalid_boundaries", message: "page 1 always starts the first document" });
      return;
    } else if (this.draft.starts.includes(page)) {
      this.draft.starts = this.draft.starts.filter((p) => p !== page);
      this.draft.titles.delete(page);
    } else {
      this.draft.starts = [...this.draft.starts, page].sort((a, b) => a - b);
    }
    this.setDirty();
  }

  applyStartsText(text) {
    const pages = this.session?.page_count || 1;
    const values = text.split(/[\s,;]+/).filter(Boolean);
    const numbers = values.map(Number);
    const bad = values.filter((v, i) => !Number.isInteger(numbers[i]) || numbers[i] < 1 || numbers[i] > pages);
    if (bad.length) {
      showError($("#review-error"), {
        code: "invalid_boundaries",
        message: `not a page between 1 and ${pages}: ${bad.join(", ")}`,
      });
      return;
    }
    const starts = [...new Set([1, ...numbers])].sort((a, b) => a - b);
    for (const start of this.draft.titles.keys()) {
      if (!starts.includes(start)) this.draft.titles.delete(start);
    }
    this.draft.starts = starts;
    this.setDirty();
  }

  body() {
    const { starts, titles, exclude } = this.draft;
    return {
      starts,
      titles: starts.map((s) => titles.get(s) || null),
      exclude: [...exclude].sort((a, b) => a - b),
    };
  }

  async save() {
    const buttons = ["#save-button", "#split-button", "#reset-button"].map((s) => $(s));
    buttons.forEach((b) => (b.disabled = true));
    try {
      const result = await this.api.setBoundaries(this.sessionId, this.body());
      this.dirty = false;
      this.session = { ...this.session, boundaries: result };
      this.draft = this.draftFrom(result);
      this.log("info", `saved: ${result.starts.length} documents`);
      return true;
    } catch (error) {
      showError($("#review-error"), error);
      return false;
    } finally {
      this.renderReview();
    }
  }

  async split() {
    if (this.dirty && !(await this.save())) return;
    $("#split-button").disabled = true;
    try {
      const session = await this.api.split(this.sessionId);
      this.session = { ...this.session, status: session.status };
      this.progress = reduceProgress(this.progress, { type: "split_start" });
      this.render();
    } catch (error) {
      showError($("#review-error"), error);
      this.renderReview();
    }
  }

  async remove() {
    const button = $("#delete-button");
    // Two clicks instead of confirm(): no modal, and it works the same everywhere.
    if (!button.classList.contains("armed")) {
      button.classList.add("armed");
      button.textContent = "Really delete?";
      setTimeout(() => {
        button.classList.remove("armed");
        button.textContent = "Delete";
      }, 4000);
      return;
    }
    try {
      await this.api.deleteSession(this.sessionId);
      this.markDeleted();
      window.location.assign("/");
    } catch (error) {
      this.failed(error);
    }
  }

  async retry() {
    try {
      const session = await this.api.retry(this.sessionId);
      this.requestError = null;
      this.adopt(session);
    } catch (error) {
      this.failed(error);
    }
  }

  async reanalyseDuplex() {
    try {
      const session = await this.api.reanalyse(this.sessionId, { duplex: true });
      this.requestError = null;
      // The old proposal and any unsaved edits of it go; the new one comes when it is ready.
      this.dirty = false;
      this.adopt(session);
    } catch (error) {
      this.failed(error);
    }
  }

  markDeleted() {
    this.deleted = true;
    this.socket?.close();
    this.session = { ...(this.session ?? {}), status: "deleted" };
    this.render();
  }

  bindControls() {
    $("#page-grid").addEventListener("click", (event) => {
      const tile = event.target.closest(".page");
      if (tile) this.togglePage(Number(tile.dataset.page));
    });
    for (const radio of document.querySelectorAll('input[name="tool"]')) {
      radio.addEventListener("change", () => {
        this.tool = radio.value;
      });
    }
    $("#starts-input").addEventListener("change", (event) => this.applyStartsText(event.target.value));
    $("#doc-list").addEventListener("input", (event) => {
      const input = event.target.closest(".title-input");
      if (!input) return;
      const start = Number(input.dataset.start);
      if (input.value.trim()) this.draft.titles.set(start, input.value.trim());
      else this.draft.titles.delete(start);
      this.dirty = true;
      this.renderActions();
    });
    $("#doc-list").addEventListener("click", (event) => {
      const merge = event.target.closest(".merge");
      if (!merge) return;
      const start = Number(merge.dataset.start);
      this.draft.starts = this.draft.starts.filter((p) => p !== start);
      this.draft.titles.delete(start);
      this.setDirty();
    });
    $("#save-button").addEventListener("click", () => this.save());
    $("#split-button").addEventListener("click", () => this.split());
    $("#reset-button").addEventListener("click", () => {
      this.dirty = false;
      this.draft = this.draftFrom(this.session.boundaries);
      showError($("#review-error"), null);
      this.renderReview();
    });
    $("#delete-button").addEventListener("click", () => this.remove());
    $("#retry-button").addEventListener("click", () => this.retry());
    $("#duplex-button").addEventListener("click", () => this.reanalyseDuplex());
  }

  // -- rendering ----------------------------------------------------------------------------

  render() {
    this.renderHeader();
    this.renderProgress();
    this.renderReview();
    this.renderOutputs();
  }

  renderConnection(state) {
    const node = $("#conn-state");
    node.dataset.state = state;
    node.textContent = { open: "live", connecting: "connecting", reconnecting: "reconnecting" }[state] ?? "offline";
  }

  renderHeader() {
    const s = this.session;
    if (!s) return;
    const badge = $("#status-badge");
    badge.textContent = s.status;
    badge.className = `badge status-${s.status}`;
    $("#session-filename").textContent = s.filename ?? this.sessionId;
    if (s.filename) document.title = `docsplit - ${s.filename}`;
    $("#session-pages").textContent = s.page_count ? `${s.page_count} pages` : "";
    $("#retry-button").hidden = !["failed", "interrupted", "cancelled"].includes(s.status) || this.deleted;
    $("#delete-button").disabled = this.deleted;
    // One banner, most important first: deleted, the session's own error, a refused socket.
    const jobError = s.error?.code && !["ready", "split"].includes(s.status) ? s.error : null;
    const shown = this.deleted
      ? { code: "deleted", message: "this session has been deleted" }
      : this.requestError ?? jobError ?? this.connectionError;
    showError($("#session-error"), shown);
  }

  renderProgress() {
    const p = this.progress;
    const status = this.session?.status;
    const splitting = p.operation === "split" || status === "splitting" || status === "split";
    const stages = splitting ? SPLIT_STAGES : PROCESS_STAGES;
    const finished = splitting ? status === "split" : status === "ready" || status === "split";
    const failed = status === "failed";
    const overall = finished ? 100 : p.overall;
    const fill = $("#overall-fill");
    fill.style.width = `${overall}%`;
    fill.classList.toggle("done", finished);
    fill.classList.toggle("failed", failed);
    $("#overall-bar").setAttribute("aria-valuenow", String(Math.round(overall)));
    $("#overall-pct").textContent = `${Math.floor(overall)}%`;
    $("#progress-eta").textContent = finished || failed ? "" : formatEta(p.eta_s);
    $("#progress-message").textContent = failed
      ? "failed"
      : finished
        ? splitting
          ? "split finished"
          : "analysis finished"
        : p.message || (status ? `${status}\u2026` : "");
    const currentIndex = stages.indexOf(p.stage);
    $("#stages").replaceChildren(
      ...stages.map((name, i) => {
        const info = p.stages[name] ?? {};
        let pct = info.percentage ?? 0;
        if (finished || (currentIndex >= 0 && i < currentIndex)) pct = 100;
        const done = pct >= 100;
        const active = !done && !failed && name === p.stage;
        const detail = [];
        if (info.total && !done) detail.push(`${info.current}/${info.total}`);
        if (active && info.eta_s) detail.push(`~${Math.max(1, Math.round(info.eta_s))} s`);
        return el(
          "li",
          { class: `stage ${done ? "done" : active ? "active" : "pending"}`, "data-stage": name },
          el("span", { class: "name", text: STAGE_LABELS[name] ?? name }),
          el("div", { class: "bar" }, el("div", { class: `bar-fill${done ? " done" : ""}`, style: `width:${pct}%` })),
          el("span", { class: "pct", text: `${Math.floor(pct)}%` }),
          el("span", { class: "detail", text: detail.join(" \u00b7 ") }),
        );
      }),
    );
  }

  documentsOfDraft() {
    const pages = this.session?.page_count || 1;
    const { starts, titles } = this.draft;
    const known = new Map((this.session?.boundaries?.documents ?? []).map((d) => [d.start, d]));
    return starts.map((start, i) => {
      const end = i + 1 < starts.length ? starts[i + 1] - 1 : pages;
      const detected = known.get(start);
      return {
        start,
        end,
        title: titles.get(start) ?? "",
        confidence: detected?.confidence ?? null,
        reasons: detected?.reasons ?? ["set by you"],
        date: detected?.date ?? null,
        barcode: detected?.barcode ?? null,
      };
    });
  }

  renderReview() {
    const card = $("#review-card");
    const pages = this.session?.page_count || 0;
    // Nothing to review before the first analysis has finished: the "proposal" would only be
    // the placeholder single document.
    const analysing = ["uploaded", "queued", "processing"].includes(this.session?.status);
    card.hidden = !this.draft || !pages || analysing;
    if (card.hidden) return;
    const editable = this.editable;
    card.classList.toggle("locked", !editable);
    $("#review-hint").textContent = editable
      ? "Click a page to mark where a document starts. Pages marked ? may start one: the detector nearly split there. Switch the tool to leave pages out (separator sheets, blank backs)."
      : ACTIVE.includes(this.session.status)
        ? "The split can be corrected once the current job has finished."
        : "This session cannot be edited.";
    // The detector's advice on the whole stream (a likely duplex scan).
    const notes = this.session?.boundaries?.notes ?? [];
    $("#review-notes").hidden = notes.length === 0;
    $("#review-notes-text").textContent = notes.join(" ");
    $("#duplex-button").hidden = !editable;
    const docs = this.documentsOfDraft();
    const docOf = new Map();
    docs.forEach((d, i) => {
      for (let p = d.start; p <= d.end; p += 1) docOf.set(p, i);
    });
    // Pages where the detector nearly started a document: 40-50 % of the boundaries it
    // misses are among them, so they are marked for a second look.
    const possible = new Map((this.session?.boundaries?.possible_starts ?? []).map((p) => [p.page, p]));
    const tiles = [];
    for (let page = 1; page <= pages; page += 1) {
      const index = docOf.get(page) ?? 0;
      const isStart = this.draft.starts.includes(page);
      const excluded = this.draft.exclude.has(page);
      const maybe = isStart ? null : possible.get(page);
      const maybeText = maybe
        ? `, may start a document (${Math.round(maybe.probability * 100)}%): ${maybe.reasons.join("; ")}`
        : "";
      tiles.push(
        el(
          "button",
          {
            type: "button",
            class: `page${isStart ? " start" : ""}${excluded ? " excluded" : ""}${maybe ? " maybe" : ""}`,
            "data-page": page,
            "data-label": isStart ? `#${index + 1}` : maybe ? "?" : null,
            style: `--doc:${DOC_COLOURS[index % DOC_COLOURS.length]}`,
            "aria-pressed": isStart ? "true" : "false",
            title: `page ${page}${isStart ? ", starts document " + (index + 1) : ""}${excluded ? ", left out" : ""}${maybeText}`,
            disabled: !editable,
          },
          this.thumbnail(page),
          el("span", { class: "num", text: page }),
        ),
      );
    }
    $("#page-grid").replaceChildren(...tiles);
    const startsInput = $("#starts-input");
    if (document.activeElement !== startsInput) startsInput.value = this.draft.starts.join(", ");
    startsInput.disabled = !editable;
    const focused = document.activeElement?.classList.contains("title-input") ? document.activeElement.dataset.start : null;
    $("#doc-list").replaceChildren(
      ...docs.map((d, i) => {
        const conf = d.confidence;
        const level = conf === null ? "" : conf >= 0.8 ? "high" : conf >= 0.5 ? "mid" : "low";
        const excludedHere = [...this.draft.exclude].filter((p) => p >= d.start && p <= d.end).length;
        const count = d.end - d.start + 1 - excludedHere;
        return el(
          "li",
          { class: "doc", style: `--doc:${DOC_COLOURS[i % DOC_COLOURS.length]}`, "data-start": d.start },
          el("span", { class: "swatch" }),
          el(
            "div",
            {},
            el(
              "div",
              { class: "line1" },
              el("span", { class: "range", text: `#${i + 1} \u00b7 ${pageRange(d.start, d.end)}` }),
              el("span", { class: "muted small", text: `${count} page${count === 1 ? "" : "s"}` }),
              el("input", {
                class: "title-input",
                type: "text",
                "data-start": d.start,
                placeholder: "title (optional: names the file)",
                value: d.title,
                disabled: !editable,
                "aria-label": `title of document ${i + 1}`,
              }),
            ),
            el(
              "div",
              { class: "reasons" },
              d.reasons.map((r) => el("span", { class: "chip", text: r })),
              d.date ? el("span", { class: "chip", text: `date ${d.date}` }) : null,
              d.barcode ? el("span", { class: "chip", text: `barcode ${d.barcode}` }) : null,
              [...possible.values()]
                .filter((p) => p.page > d.start && p.page <= d.end)
                .map((p) =>
                  el("span", {
                    class: "chip maybe",
                    title: p.reasons.join("; "),
                    text: `page ${p.page} may start a document (${Math.round(p.probability * 100)}%)`,
                  }),
                ),
            ),
          ),
          el(
            "div",
            { class: "row" },
            conf === null
              ? null
              : el(
                  "span",
                  { class: `confidence ${level}`, title: "how sure the detector is that a document starts here" },
                  el("span", { class: "bar" }, el("span", { class: "bar-fill", style: `display:block;width:${Math.round(conf * 100)}%` })),
                  `${Math.round(conf * 100)}%`,
                ),
            i > 0 && editable
              ? el("button", { class: "btn small ghost merge", type: "button", "data-start": d.start, title: "join with the previous document", text: "Join \u2191" })
              : null,
          ),
        );
      }),
    );
    if (focused) $(`.title-input[data-start="${focused}"]`)?.focus();
    $("#review-summary").textContent = `${docs.length} document${docs.length === 1 ? "" : "s"} \u00b7 ${pages} pages${
      this.draft.exclude.size ? ` \u00b7 ${this.draft.exclude.size} left out` : ""
    }`;
    this.renderActions();
  }

  // Page images: plain lazy <img> links without a token; with a token an <img> cannot send the
  // header, so visible tiles fetch theirs and get a blob: URL. Either way one URL per page is
  // kept, so re-rendering the grid after each click does not load anything again.
  thumbnail(page) {
    this.thumbs ??= new Map();
    const img = el("img", { class: "thumb", alt: "", loading: "lazy", "data-page": page, draggable: "false" });
    img.addEventListener("error", () => img.remove()); // no image: the number alone is fine
    const known = this.thumbs.get(page);
    const path = `/sessions/${this.sessionId}/pages/${page}.jpg`;
    if (known) img.src = known;
    else if (!this.api.token) {
      this.thumbs.set(page, path);
      img.src = path;
    } else {
      this.thumbObserver ??= new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          this.thumbObserver.unobserve(entry.target);
          this.loadThumb(entry.target, Number(entry.target.dataset.page));
        }
      }, { rootMargin: "200px" });
      this.thumbObserver.observe(img);
    }
    return img;
  }

  async loadThumb(img, page) {
    if (this.thumbs.has(page)) {
      img.src = this.thumbs.get(page);
      return;
    }
    try {
      const url = URL.createObjectURL(await this.api.downloadBlob(this.api.url(`/sessions/${this.sessionId}/pages/${page}.jpg`)));
      this.thumbs.set(page, url);
      for (const other of document.querySelectorAll(`img.thumb[data-page="${page}"]`)) other.src = url;
    } catch {
      img.remove();
    }
  }

  renderActions() {
    const editable = this.editable;
    $("#dirty-note").hidden = !this.dirty;
    $("#save-button").disabled = !editable || !this.dirty;
    $("#reset-button").disabled = !this.dirty;
    const split = $("#split-button");
    split.disabled = !editable;
    const n = this.draft?.starts.length ?? 0;
    const verb = this.session?.status === "split" ? "Split again" : "Split";
    split.textContent = `${this.dirty ? "Save & " + verb.toLowerCase() : verb} into ${n} document${n === 1 ? "" : "s"}`;
  }

  renderOutputs() {
    const docs = this.session?.status === "split" ? this.session.documents ?? [] : [];
    $("#outputs-card").hidden = docs.length === 0;
    if (!docs.length) return;
    const zip = $("#zip-link");
    zip.href = this.api.zipUrl(this.sessionId);
    if (!zip.dataset.wired) {
      const name = `${(this.session.filename || "documents").replace(/\.pdf$/i, "")}.zip`;
      wireDownload(zip, this.api, name, (error) => this.failed(error));
      zip.dataset.wired = "1";
    }
    $("#outputs-body").replaceChildren(
      ...docs.map((d) => {
        const link = el("a", { class: "btn small", href: this.api.documentUrl(this.sessionId, d.index), download: d.filename, text: "Download" });
        wireDownload(link, this.api, d.filename, (error) => this.failed(error));
        return el(
          "tr",
          { class: "doc-row", "data-index": d.index },
          el("td", { text: d.index }),
          el("td", {}, el("div", { text: d.title || d.filename }), d.title ? el("div", { class: "small muted", text: d.filename }) : null),
          el("td", { text: `${pageRange(d.start_page, d.end_page)} (${d.page_count})` }),
          el("td", { class: "num", text: formatBytes(d.size_bytes) }),
          el("td", { class: "actions" }, link),
        );
      }),
    );
  }

  log(kind, message) {
    const list = $("#event-log");
    const time = new Date().toLocaleTimeString();
    list.prepend(el("li", { class: kind }, el("span", { class: "t", text: time }), message ?? ""));
    while (list.children.length > 100) list.lastChild.remove();
    $("#log-count").textContent = `(${list.children.length})`;
  }
}

// -- start ------------------------------------------------------------------------------------

const page = document.body.dataset.page;
if (page === "index") indexPage();
else if (page === "session") new ReviewPage($("#session-root")).start();
// Scripts are modules (deferred): this says the handlers are attached (the browser test waits).
document.body.dataset.ready = "true";

// A small component on top of useDocsplitProgress: overall bar, one row per stage, the
// proposed documents when analysis is done, and the connection state.
//
//   <ProgressExample sessionId={id} token={token} baseUrl="http://127.0.0.1:8080" />
//
// JSX needs your app's usual build (Vite, Next.js, ...); the hook itself is plain JS.

import React from "react";

import { PROCESS_STAGES, SPLIT_STAGES } from "./docsplit-client.js";
import { useDocsplitProgress } from "./useDocsplitProgress.js";

const LABELS = {
  validation: "Validating",
  text_extraction: "Reading text",
  ocr: "OCR",
  boundary_detection: "Finding documents",
  splitting: "Writing documents",
  complete: "Done",
};

function Bar({ value }) {
  return (
    <div style={{ background: "#e3e7ee", borderRadius: 4, height: 8, flex: 1 }}>
      <div style={{ width: `${value}%`, background: "#2f6fde", height: "100%", borderRadius: 4 }} />
    </div>
  );
}

export default function ProgressExample({ sessionId, token, baseUrl }) {
  const { progress, connection, error } = useDocsplitProgress(sessionId, { token, baseUrl });
  const stages = progress.operation === "split" ? SPLIT_STAGES : PROCESS_STAGES;
  const current = stages.indexOf(progress.stage);

  return (
    <section>
      <header style={{ display: "flex", gap: 12, alignItems: "center" }}>
        <strong>{progress.status ?? "connecting"}</strong>
        <small>{connection === "open" ? "live" : connection}</small>
        {progress.eta_s != null && <small>about {Math.round(progress.eta_s)} s left</small>}
      </header>

      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <Bar value={progress.overall} />
        <span>{Math.floor(progress.overall)}%</span>
      </div>

      <ol>
        {stages.map((name, i) => {
          const stage = progress.stages[name];
          const pct = progress.complete || (current >= 0 && i < current) ? 100 : stage?.percentage ?? 0;
          return (
            <li key={name} style={{ display: "flex", gap: 8, alignItems: "center" }}>
              <span style={{ width: 140 }}>{LABELS[name] ?? name}</span>
              <Bar value={pct} />
              <span>{stage?.total ? `${stage.current}/${stage.total}` : ""}</span>
            </li>
          );
        })}
      </ol>

      {error && (
        <p role="alert">
          {error.code}: {error.message}
        </p>
      )}

      {progress.complete && progress.documents && (
        <ul>
          {progress.documents.map((doc) => (
            <li key={doc.start}>
              pages {doc.start}-{doc.end}
              {doc.title ? ` - ${doc.title}` : ""} ({Math.round(doc.confidence * 100)}%:{" "}
              {doc.reasons.join("; ")})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// useDocsplitProgress(sessionId, options): a React hook over docsplit-client.js.
//
//   const { state, progress, connection, error } = useDocsplitProgress(sessionId, {
//     baseUrl: "http://127.0.0.1:8080",   // default: the page's origin
//     token,                              // the upload response's token, when auth is on
//   });
//
// It opens one DocsplitSocket per session id (reconnection, resume without duplicates and
// heartbeat answering all come from the client) and folds every message with reduceProgress,
// the same reducer the docsplit dashboard uses, so a React view and the dashboard read a stream
// identically. The socket is closed when the component unmounts or the session id changes.
//
// No dependency besides React itself (>= 16.8); no build step needed for the hook.

import { useEffect, useRef, useState } from "react";

import { DocsplitSocket, initialProgress, reduceProgress } from "./docsplit-client.js";

/**
 * @param {string | null | undefined} sessionId  nothing is opened while it is empty
 * @param {object} [options]  baseUrl, token, clientId, WebSocket, backoffBaseMs, backoffCapMs,
 *   maxAttempts, connectTimeoutMs, onMessage(message) - any DocsplitSocket option
 * @returns {{progress: object, connection: string, error: object | null, lastMessage: object | null}}
 *   progress: see initialProgress() in docsplit-client.js (status, stage, overall, stages,
 *   eta_s, documents, outputs, errors, complete, splitComplete); connection: idle |
 *   connecting | open | reconnecting | closed; error: the terminal close ({code, reason}) or
 *   the last *_error message, else null.
 */
export function useDocsplitProgress(sessionId, options = {}) {
  const [progress, setProgress] = useState(initialProgress);
  const [connection, setConnection] = useState("idle");
  const [error, setError] = useState(null);
  const [lastMessage, setLastMessage] = useState(null);
  // Options are read through a ref so that an inline object literal in the caller does not
  // reconnect on every render; only the session, server and token identify a connection.
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const { baseUrl, token } = options;

  useEffect(() => {
    if (!sessionId) return undefined;
    setProgress(initialProgress());
    setError(null);
    const { onMessage, ...socketOptions } = optionsRef.current;
    const socket = new DocsplitSocket({ ...socketOptions, sessionId });
    const offs = [
      socket.on("*", (message) => {
        setProgress((state) => reduceProgress(state, message));
        if (message.type !== "heartbeat" && message.type !== "pong") setLastMessage(message);
        if (message.type.endsWith("_error")) setError({ code: message.code, message: message.message });
        optionsRef.current.onMessage?.(message);
      }),
      socket.on("state", setConnection),
      socket.on("close", ({ code, reason, willReconnect }) => {
        if (!willReconnect && code !== 1000) setError({ code, message: reason || `closed with ${code}` });
      }),
    ];
    socket.connect();
    return () => {
      offs.forEach((off) => off());
      socket.close();
    };
  }, [sessionId, baseUrl, token]);

  return { progress, connection, error, lastMessage };
}

export default useDocsplitProgress;

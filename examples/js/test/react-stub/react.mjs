// A tiny stand-in for React's hooks, just enough to run useDocsplitProgress in Node without
// installing React: one component, hooks by call order, effects after each render, cleanup.
// It is NOT React; it checks the hook's logic (when it connects, what it returns, cleanup).

let current = null;

export function useState(initial) {
  const slot = current.slot++;
  if (!(slot in current.states)) current.states[slot] = typeof initial === "function" ? initial() : initial;
  const owner = current;
  const set = (value) => {
    const next = typeof value === "function" ? value(owner.states[slot]) : value;
    if (Object.is(next, owner.states[slot])) return;
    owner.states[slot] = next;
    owner.dirty = true;
    queueMicrotask(() => owner.flush());
  };
  return [current.states[slot], set];
}

export function useRef(initial) {
  const slot = current.slot++;
  if (!(slot in current.states)) current.states[slot] = { current: initial };
  return current.states[slot];
}

export function useEffect(effect, deps) {
  const slot = current.slot++;
  const previous = current.effects[slot];
  const changed = !previous || !deps || deps.some((d, i) => !Object.is(d, previous.deps[i]));
  if (changed) current.pending.push({ slot, effect, deps });
}

/** Render `hook(...args)` and keep re-rendering on state changes; returns a handle. */
export function renderHook(hook, ...args) {
  const root = {
    states: {},
    effects: {},
    pending: [],
    slot: 0,
    dirty: false,
    args,
    result: undefined,
    renders: 0,
    render() {
      current = root;
      root.slot = 0;
      root.dirty = false;
      root.result = hook(...root.args);
      root.renders += 1;
      current = null;
      for (const { slot, effect, deps } of root.pending.splice(0)) {
        root.effects[slot]?.cleanup?.();
        root.effects[slot] = { deps, cleanup: effect() };
      }
    },
    flush() {
      if (root.dirty && !root.unmounted) root.render();
    },
    rerender(...next) {
      root.args = next;
      root.render();
    },
    unmount() {
      root.unmounted = true;
      for (const entry of Object.values(root.effects)) entry.cleanup?.();
    },
  };
  root.render();
  return root;
}

export default { useState, useRef, useEffect };

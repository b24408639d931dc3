import { type ComponentType, createElement, lazy } from 'react';

/**
 * A code-split screen that can be fetched ahead (`preload`) and, once fetched, renders at once: React.lazy
 * always suspends on its first render, and React then holds the revealed Suspense fallback for up to
 * 300 ms before showing the screen (measured: 300 ms of every first screen's usable time). Written here
 * because react-lazy-with-preload, which does the same, declares React up to 18 only.
 */
export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>) {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (module) => {
        loaded = module.default;
        return module.default;
      },
      (error: unknown) => {
        pending = undefined; // a failed fetch is tried again on the next use
        throw error;
      },
    );
    return pending;
  };
  const Lazy = lazy(async () => ({ default: await preload() }));
  // biome-ignore lint/correctness/noComponentHookFactories: made once per screen at module level, as React.lazy is.
  function Preloadable(props: P) {
    return loaded ? createElement(loaded, props) : createElement(Lazy, props);
  }
  return Object.assign(Preloadable, { preload });
}

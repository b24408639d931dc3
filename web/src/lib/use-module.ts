import { useEffect, useState } from 'react';

/**
 * A code-split module, fetched once `when` holds, undefined until it is there. Unlike React.lazy inside
 * Suspense, the part appears the moment its code is in: React holds a revealed Suspense fallback for up
 * to 300 ms to avoid flicker, and that wait fell on every intake form and receipt.
 */
export function useModule<M>(load: () => Promise<M>, when: boolean): M | undefined {
  const [loaded, setLoaded] = useState<{ module: M }>();
  useEffect(() => {
    if (!when || loaded) return;
    let live = true;
    void load().then((module) => {
      if (live) setLoaded({ module });
    });
    return () => {
      live = false;
    };
  }, [when, loaded, load]);
  return loaded?.module;
}

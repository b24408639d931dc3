import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadable } from '../../web/src/lib/preloadable';

// A screen fetched while the workbench boots is drawn by the first render, with no spinner in between.
function Greeting({ name }: { name: string }) {
  return createElement('p', null, `你好，${name}`);
}

describe('a screen fetched ahead (preloadable)', () => {
  it('goes through React.lazy while the screen is not fetched yet', () => {
    const Screen = preloadable(async () => ({ default: Greeting }));
    expect(Screen({ name: '王窗口' }).type).not.toBe(Greeting);
  });

  it('fetches the screen once however often it is asked for, then renders it straight away', async () => {
    let fetches = 0;
    const Screen = preloadable(async () => {
      fetches++;
      return { default: Greeting };
    });
    await Promise.all([Screen.preload(), Screen.preload()]);
    await Screen.preload();
    expect(fetches).toBe(1);
    // Drawn as the screen itself, not through React.lazy (which suspends on its first render).
    const drawn = Screen({ name: '王窗口' });
    expect(drawn.type).toBe(Greeting);
    expect(drawn.props).toEqual({ name: '王窗口' });
  });

  it('tries again after a failed fetch (the network was down for a moment)', async () => {
    let fetches = 0;
    const Screen = preloadable(async () => {
      fetches++;
      if (fetches === 1) throw new Error('网络中断');
      return { default: Greeting };
    });
    await expect(Screen.preload()).rejects.toThrow('网络中断');
    await Screen.preload();
    expect(fetches).toBe(2);
    expect(Screen({ name: '李审批' }).type).toBe(Greeting);
  });
});

import { rename, writeFile } from 'node:fs/promises';

/**
 * A file that holds the latest state of something (a stream checkpoint, an execution's journal), kept
 * up to date off the event loop: each save writes the state as it is then, a save during a write is
 * folded into one more write, and each write goes through a temporary file and a rename, so a crash
 * leaves the old file or the new one, never half of one. Writing synchronously after every change
 * blocked the API server that shares this process. `flush` waits until the file holds the last state.
 */
export interface LatestFileWriter {
  save(): void;
  flush(): Promise<void>;
}

export function latestFileWriter(file: string, snapshot: () => string): LatestFileWriter {
  let writing: Promise<void> | undefined;
  let dirty = false;
  const write = async (): Promise<void> => {
    while (dirty) {
      dirty = false;
      await writeFile(`${file}.tmp`, snapshot());
      await rename(`${file}.tmp`, file);
    }
  };
  const save = () => {
    dirty = true;
    writing ??= write()
      .catch((error: unknown) => console.error(`[local] could not save ${file}:`, error instanceof Error ? error.message : error))
      .finally(() => {
        writing = undefined;
        // A save that came after the write loop's last look.
        if (dirty) save();
      });
  };
  return {
    save,
    async flush() {
      while (writing) await writing;
    },
  };
}

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The workbench: built into web/dist, served by the local API server and, in AWS, by CloudFront. */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Fonts always as files: the CSP's font-src is 'self', so a small font subset inlined as a data: URI was refused.
    assetsInlineLimit: (file) => (/\.woff2?$/.test(file) ? false : undefined),
    reportCompressedSize: false,
    rolldownOptions: {
      treeshake: {
        // antd's rc-component packages declare no sideEffects, so a module reached for one export came
        // whole (the form's index: Field, List, useForm and the validator, on every first screen).
        // They have no CSS imports or global set-up: unused modules may be dropped.
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]@rc-component[\\/]/, sideEffects: false }],
      },
    },
  },
  server: { port: 5173, strictPort: true },
});

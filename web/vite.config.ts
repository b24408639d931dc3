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
    reportCompressedSize: false,
  },
  server: { port: 5173, strictPort: true },
});

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// Unit, hook and component tests beside the code; the browser scenarios have their own config.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
  },
});

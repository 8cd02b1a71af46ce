/**
 * Design tokens. Tailwind v4 reads this file through `@config` in src/styles/global.css.
 * Each status class has a colour pair: `fg` for text and badges on the light background,
 * `fg-dark` for the dark scheme. Both pairs meet WCAG AA (4.5:1) against their background.
 * @type {import('tailwindcss').Config}
 */
module.exports = {
  theme: {
    extend: {
      colors: {
        informational: { DEFAULT: '#1d4ed8', dark: '#93c5fd', soft: '#dbeafe', 'soft-dark': '#172554' },
        success: { DEFAULT: '#15803d', dark: '#86efac', soft: '#dcfce7', 'soft-dark': '#052e16' },
        redirection: { DEFAULT: '#7e22ce', dark: '#d8b4fe', soft: '#f3e8ff', 'soft-dark': '#3b0764' },
        'client-error': { DEFAULT: '#b45309', dark: '#fcd34d', soft: '#fef3c7', 'soft-dark': '#451a03' },
        'server-error': { DEFAULT: '#b91c1c', dark: '#fca5a5', soft: '#fee2e2', 'soft-dark': '#450a0a' },
        surface: { DEFAULT: '#ffffff', dark: '#0b1120' },
        ink: { DEFAULT: '#0f172a', dark: '#e2e8f0', muted: '#475569', 'muted-dark': '#94a3b8' },
      },
      fontFamily: {
        sans: ['system-ui', '-apple-system', 'Segoe UI', 'Roboto', 'sans-serif'],
        mono: ['ui-monospace', 'SFMono-Regular', 'Menlo', 'Consolas', 'monospace'],
      },
    },
  },
};

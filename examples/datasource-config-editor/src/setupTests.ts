import '@testing-library/jest-dom/vitest';

// jsdom lacks these browser APIs, which @grafana/ui uses (uPlot at import time, menus on open).
// The bundle test runs in Node, without a window.
if (typeof window !== 'undefined') {
  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;

  if (!('IntersectionObserver' in window)) {
    Object.assign(window, {
      IntersectionObserver: class {
        readonly root = null;
        readonly rootMargin = '';
        readonly thresholds = [];
        observe() {}
        unobserve() {}
        disconnect() {}
        takeRecords() {
          return [];
        }
      },
    });
  }
}

// The axe rules every story is checked against, by the Vitest story tests (through the preview's
// a11y parameter) and by scripts/screenshots.mjs on the built site: WCAG 2.0, 2.1 and 2.2 at levels
// A and AA, and axe's best practices (heading order among them). Named here once, so that both runs
// use the set an independent audit uses, and the screenshot run can check that they did.
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

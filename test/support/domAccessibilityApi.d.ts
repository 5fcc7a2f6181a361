// dom-accessibility-api 0.5 ships types its package.json "exports" do not point to, so TypeScript's
// bundler resolution cannot find them; these are the four functions describeSection.ts uses.
declare module 'dom-accessibility-api' {
  export function computeAccessibleName(root: Element): string;
  export function computeAccessibleDescription(root: Element): string;
  export function getRole(element: Element): string | null;
  export function isInaccessible(element: Element): boolean;
}

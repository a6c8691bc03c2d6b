// Whether an element is shown at all: not hidden by display, visibility or opacity anywhere up its
// ancestors (an anti-flicker style on <body>, say). One style read, through checkVisibility().
type VisibilityCheck = Element & { checkVisibility?: (options?: object) => boolean };

/** checkVisibility()'s options under both their names (Firefox before 125 knows only the first pair). */
const VISIBILITY_CHECK = { checkOpacity: true, checkVisibilityCSS: true, opacityProperty: true, visibilityProperty: true };

/** False while the article is not shown at all (an anti-flicker style hiding the body, say). */
export function isShown(root: Element): boolean {
  const check = (root as VisibilityCheck).checkVisibility;
  return !check || check.call(root, VISIBILITY_CHECK);
}

// Text that page scripts must not find: drawn as CSS generated content (`::before` with attr()),
// which window.find() and the page's selection never reach, as they reach any text node, even in a
// closed shadow root. Screen readers read it all the same. Every word of the in-page UI goes
// through here, so no script can tell from the page's text what a card or a note says.
export function Text({ value, class: className }: { value: string; class?: string }) {
  return <span class={className ? `t ${className}` : 't'} data-t={value} />;
}

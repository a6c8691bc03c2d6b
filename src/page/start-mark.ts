// The content script's start, marked before anything else in the bundle runs. Imported first by
// main.iife.ts: in the IIFE bundle every imported module's top-level code (lexicons, polyfill,
// Preact) runs before main's own body, and that set-up belongs inside "ready" (DESIGN.md contract 3).
performance.mark('newsmark:start');

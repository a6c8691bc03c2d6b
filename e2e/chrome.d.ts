// Specs drive the extension from inside its own pages, where the bare chrome.* API is at hand.
// The extension's source never uses it (biome forbids the global in src/; it goes through webextension-polyfill).
/// <reference types="chrome" />

// Mounts the in-page UI on first use (no element is added to pages the reader never interacts
// with) and re-renders it from plain state.
import { createElement, render } from 'preact';
import { App } from './App';
import { createHost, type UiHost } from './host';
import type { UiActions, UiState } from './types';

export class PageUi {
  private host: UiHost | null = null;
  state: UiState = { card: null, toolbar: null, dark: false, defaultColor: 'yellow' };

  constructor(private readonly actions: UiActions) {}

  update(change: Partial<UiState>): void {
    this.state = { ...this.state, ...change };
    if (!this.host) {
      if (!this.state.card && !this.state.toolbar) return;
      this.host = createHost();
    }
    render(createElement(App, { state: this.state, actions: this.actions }), this.host.container);
  }

  /** True for events that happened inside our UI (their target is retargeted to the host). */
  owns(target: EventTarget | null): boolean {
    return !!this.host && target === this.host.host;
  }

  get isOpen(): boolean {
    return !!(this.state.card || this.state.toolbar);
  }

  destroy(): void {
    if (!this.host) return;
    render(null, this.host.container);
    this.host.remove();
    this.host = null;
  }
}

// The in-page panels (card, toolbar), rendered into the UI host's panel layer from plain state.
import { createElement, render } from 'preact';
import { App } from './App';
import type { UiHost } from './host';
import type { UiActions, UiState } from './types';

export class PageUi {
  state: UiState = { card: null, toolbar: null, dark: false, defaultColor: 'yellow' };

  constructor(
    private readonly host: UiHost,
    private readonly actions: UiActions,
  ) {}

  update(change: Partial<UiState>): void {
    this.state = { ...this.state, ...change };
    render(createElement(App, { state: this.state, actions: this.actions }), this.host.panels);
  }

  /** True for events that happened inside our UI (their target is retargeted to the host). */
  owns(target: EventTarget | null): boolean {
    return target === this.host.host;
  }

  get isOpen(): boolean {
    return !!(this.state.card || this.state.toolbar);
  }

  destroy(): void {
    render(null, this.host.panels);
  }
}

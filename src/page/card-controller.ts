// The cards: hovering a highlight (after a short delay) or stepping to it from the keyboard opens
// its card (a person, a claim, or one of the reader's notes), which saves, edits or deletes from
// there. Only the reader's own input opens or closes one: events a page script makes up
// (isTrusted false) are ignored. destroy() removes every listener it added.
import type { Annotation } from '../lib/annotation';
import { assessClaim, assessmentPatch, verdictData } from './assess';
import { hitTest } from './hit-test';
import { type PanelContext, reducedMotion, toBox } from './panels';
import { guarded, report } from './scheduling';
import { isDarkPage } from './styles';
import type { Target } from './targets';
import type { EditorResult } from './ui/NoteEditor';
import type { CardData } from './ui/types';

const HOVER_DELAY_MS = 120;
const HOVER_GRACE_MS = 350;

export class CardController {
  private current: { target: Target; range: Range; via: 'pointer' | 'keyboard'; returnFocus: Element | null } | null = null;
  private pointer = { x: 0, y: 0, pending: false, overPanel: false };
  private hoverTimer = 0;
  private hideTimer = 0;
  /** A note is being typed in the open panel: pointer moves neither close nor replace it. */
  private pinned = false;
  private readonly abort = new AbortController();

  constructor(private readonly context: PanelContext) {
    const { signal } = this.abort;
    const { ui } = context;
    document.addEventListener(
      'mousemove',
      guarded('pointer', (event: MouseEvent) => {
        if (!event.isTrusted) return context.ignored();
        // No cards while the reader drags out a selection.
        if (event.buttons !== 0 || ui.owns(event.target)) return;
        this.pointerMoved(event.clientX, event.clientY);
      }),
      { passive: true, signal },
    );
    document.addEventListener(
      'mousedown',
      guarded('pointer', (event: MouseEvent) => {
        if (!event.isTrusted) return context.ignored();
        if (ui.isOpen && !ui.owns(event.target)) this.close();
      }),
      { passive: true, signal },
    );
    addEventListener(
      'scroll',
      guarded('scroll', (event: Event) => event.isTrusted && this.reposition()),
      { passive: true, signal },
    );
  }

  private get model() {
    return this.context.reader.model;
  }

  private cardData(target: Target): CardData | null {
    const { analysis } = this.context.reader;
    if (target.kind === 'person') {
      const person = analysis.people[target.ref as number];
      return person
        ? { kind: 'person', name: person.name, role: person.role, official: person.official, mentions: person.mentions.length }
        : null;
    }
    if (target.kind === 'claim') {
      const claim = analysis.claims[target.ref as number];
      if (!claim) return null;
      const verdict = this.context.notes.verdictOn(claim.start, claim.end);
      return { kind: 'claim', kinds: claim.kinds, source: claim.source, cue: claim.cue, verdict: verdict ? verdictData(verdict) : null };
    }
    const placed = this.context.notes.get(target.ref as string);
    if (!placed || !this.model) return null;
    return {
      kind: 'note',
      id: placed.note.id,
      body: placed.note.body,
      color: placed.note.color,
      tags: placed.note.tags,
      quote: this.model.text.slice(target.start, target.end),
      verdict: placed.note.assessment ? verdictData(placed.note) : null,
    };
  }

  private openCard(target: Target, range: Range, box: DOMRect, via: 'pointer' | 'keyboard'): void {
    const data = this.cardData(target);
    if (!data || !this.model) return;
    const returnFocus = via === 'keyboard' ? (this.current?.returnFocus ?? document.activeElement) : null;
    this.current = { target, range, via, returnFocus };
    this.context.marks.set('focus', via === 'keyboard' ? { kind: 'focus', range } : null);
    this.context.ui.update({
      card: { data, box: toBox(box), focus: via === 'keyboard', key: `${target.kind}:${target.start}:${target.end}` },
      toolbar: null,
      dark: isDarkPage(this.model.root),
      defaultColor: this.context.settings().defaultNoteColor,
    });
  }

  /** Shows the open card's data again (after its note was edited). */
  private refreshCard(): void {
    const card = this.context.ui.state.card;
    const data = this.current && this.cardData(this.current.target);
    if (card && data) this.context.ui.update({ card: { ...card, data } });
  }

  /** Closes whatever panel is open (card or toolbar); the keyboard goes back where it was. */
  close(): void {
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
    const returnFocus = this.current?.via === 'keyboard' ? this.current.returnFocus : null;
    this.current = null;
    this.pinned = false;
    this.context.marks.set('focus', null);
    this.context.ui.update({ card: null, toolbar: null });
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
  }

  /** A panel is opening elsewhere (the selection toolbar): no card may open over it. */
  cancelHover(): void {
    clearTimeout(this.hoverTimer);
  }

  get isOpen(): boolean {
    return this.current !== null;
  }

  private scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => {
      if (!this.pointer.overPanel && !this.pinned && this.current?.via === 'pointer') this.close();
    }, HOVER_GRACE_MS);
  }

  /** Pointer moved over the page (not over our UI). Hit-testing waits for the next frame. */
  private pointerMoved(x: number, y: number): void {
    this.pointer.x = x;
    this.pointer.y = y;
    if (this.pointer.pending || !this.model) return;
    this.pointer.pending = true;
    requestAnimationFrame(() => {
      this.pointer.pending = false;
      try {
        this.hover();
      } catch (error) {
        report(error, 'hover');
      }
    });
  }

  private hover(): void {
    const { ui } = this.context;
    if (!this.model || this.pinned || this.current?.via === 'keyboard' || ui.state.toolbar) return;
    const hit = hitTest(this.model, this.context.targets(), this.pointer.x, this.pointer.y);
    if (hit && this.current && this.current.target === hit.target) {
      clearTimeout(this.hideTimer);
      return;
    }
    clearTimeout(this.hoverTimer);
    if (hit) {
      this.hoverTimer = window.setTimeout(() => {
        if (!ui.state.toolbar) this.openCard(hit.target, hit.range, hit.box, 'pointer');
      }, HOVER_DELAY_MS);
    } else if (this.current) {
      this.scheduleHide();
    }
  }

  /** Moves the keyboard to the next or previous highlight and opens its card, focused. */
  step(direction: 1 | -1): boolean {
    const model = this.model;
    if (!model) return false;
    const from = this.current?.target ?? null;
    const target = this.context.targets().step(from, direction, this.viewportOffset());
    if (!target) return false;
    const range = model.rangeFor(target.start, target.end);
    if (!range) return false;
    scrollTo(range);
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    this.openCard(target, range, box, 'keyboard');
    return true;
  }

  /** The text offset at the top of the viewport, so stepping starts where the reader is. */
  private viewportOffset(): number {
    if (!this.model) return 0;
    const hit = (document as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint?.(
      window.innerWidth / 2,
      Math.min(80, window.innerHeight / 4),
    );
    return (hit && this.model.offsetOf(hit.startContainer, hit.startOffset)) ?? 0;
  }

  /** Keeps an open card beside its text when the page scrolls; a hover card closes. */
  private reposition(): void {
    const card = this.context.ui.state.card;
    if (!card || !this.current) return;
    if (this.current.via === 'pointer') {
      this.close();
      return;
    }
    const box = this.current.range.getClientRects()[0] ?? this.current.range.getBoundingClientRect();
    this.context.ui.update({ card: { ...card, box: toBox(box) } });
  }

  // --- what the card's buttons do --------------------------------------------------------------

  /** Saves the card's span as a highlight, with a note (text, tags, colour) when given. */
  async save(note?: EditorResult): Promise<void> {
    const current = this.current;
    const model = this.model;
    if (!current || !model) throw new Error('Nothing to save');
    const color = note?.color ?? this.context.settings().defaultNoteColor;
    await this.context.notes.save(model, current.target.start, current.target.end, color, note?.body, note?.tags);
    this.context.rebuildTargets();
  }

  async editNote(id: string, changes: EditorResult): Promise<void> {
    if (!this.model) return;
    const note = this.context.notes.get(id)?.note;
    if (note?.assessment || changes.verdict) {
      await this.context.notes.update(this.model, id, assessmentPatch(changes, note?.assessment));
    } else {
      const motivation = changes.body.trim() ? 'commenting' : 'highlighting';
      await this.context.notes.update(this.model, id, { body: changes.body, tags: changes.tags, color: changes.color, motivation });
    }
    this.refreshCard();
  }

  /** The reader's verdict on the open claim: the claim's verdict note made or updated. */
  async assessClaim(result: EditorResult): Promise<void> {
    const current = this.current;
    const model = this.model;
    if (current?.target.kind !== 'claim' || !model) throw new Error('No claim is open');
    await assessClaim(this.context, model, current.target.ref as number, result);
    this.context.rebuildTargets();
    this.refreshCard();
  }

  async deleteNote(id: string): Promise<void> {
    const note = this.context.notes.get(id)?.note;
    await this.context.notes.remove(id);
    this.deleted = note ?? null;
    this.context.rebuildTargets();
  }

  /** Puts back the note just deleted from the card, then closes it. */
  async undoDelete(): Promise<void> {
    const note = this.deleted;
    if (!note || !this.model) throw new Error('Nothing to put back');
    await this.context.notes.restore(this.model, note);
    this.deleted = null;
    this.context.rebuildTargets();
    this.close();
  }

  private deleted: Annotation | null = null;

  pin(): void {
    this.pinned = true;
    clearTimeout(this.hideTimer);
  }

  pointerOverPanel(over: boolean): void {
    this.pointer.overPanel = over;
    if (over) clearTimeout(this.hideTimer);
    else if (this.current?.via === 'pointer') this.scheduleHide();
  }

  destroy(): void {
    this.abort.abort();
    clearTimeout(this.hoverTimer);
    clearTimeout(this.hideTimer);
  }
}

function scrollTo(range: Range): void {
  const rect = range.getBoundingClientRect();
  if (rect.top >= 60 && rect.bottom <= window.innerHeight - 200) return;
  window.scrollBy({ top: rect.top - window.innerHeight / 3, behavior: reducedMotion() ? 'auto' : 'smooth' });
}

// The reader's verdict on a claim, kept as a note on the claim's sentence with motivation
// "assessing" (so it re-anchors, exports and imports like every note). One verdict per claim: a
// second rating updates the first. The claim's source and its role, as the engine found them, are
// kept with the verdict for the ClaimReview export and the People view.
import type { Analysis } from '../analysis/index';
import { personOfSource } from '../analysis/worth-checking';
import type { Annotation, AssessedClaim } from '../lib/annotation';
import type { NotePatchFromPage, NotesLayer } from './notes';
import type { TextModel } from './text-model';
import type { EditorResult } from './ui/NoteEditor';
import type { VerdictData } from './ui/types';

export function verdictData(note: Annotation): VerdictData {
  return {
    id: note.id,
    verdict: note.assessment?.verdict ?? 'unverified',
    body: note.body,
    evidence: note.assessment?.evidence ?? [],
  };
}

/** What the engine said of a claim, as a verdict keeps it. */
export function assessedClaim(analysis: Pick<Analysis, 'claims' | 'people'>, index: number): AssessedClaim | undefined {
  const claim = analysis.claims[index];
  if (!claim) return undefined;
  const person = personOfSource(claim.source, analysis.people);
  return {
    source: person?.name ?? claim.source,
    role: person?.role ?? null,
    official: person?.official ?? false,
    kinds: [...claim.kinds],
  };
}

/** The changes a saved verdict makes to its note (the claim it is on stays as recorded). */
export function assessmentPatch(result: EditorResult, previous?: Annotation['assessment']): NotePatchFromPage {
  return {
    body: result.body,
    motivation: 'assessing',
    assessment: {
      verdict: result.verdict ?? previous?.verdict ?? 'unverified',
      evidence: result.evidence ?? previous?.evidence ?? [],
      ...(previous?.claim ? { claim: previous.claim } : {}),
    },
  };
}

interface AssessContext {
  notes: NotesLayer;
  reader: { analysis: Analysis };
  settings(): { defaultNoteColor: Annotation['color'] };
}

/** Makes or updates the verdict on analysis.claims[index]; returns its note id. */
export async function assessClaim(context: AssessContext, model: TextModel, index: number, result: EditorResult): Promise<string> {
  const { analysis } = context.reader;
  const claim = analysis.claims[index];
  if (!claim) throw new Error('This claim is no longer on the page');
  const existing = context.notes.verdictOn(claim.start, claim.end);
  if (existing) {
    await context.notes.update(model, existing.id, assessmentPatch(result, existing.assessment));
    return existing.id;
  }
  const claimInfo = assessedClaim(analysis, index);
  const patch = assessmentPatch(result, claimInfo ? { verdict: 'unverified', evidence: [], claim: claimInfo } : undefined);
  const saved = await context.notes.save(
    model,
    claim.start,
    claim.end,
    context.settings().defaultNoteColor,
    patch.body,
    [],
    patch.assessment,
  );
  return saved.id;
}

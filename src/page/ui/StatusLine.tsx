// The one line where the card, the toolbar and the note frame tell the reader what happened
// ("Saved", or why not). role=status so screen readers announce it without moving focus.
import { Text } from './Text';

export function StatusLine({ status }: { status: string | null | undefined }) {
  if (!status) return null;
  return (
    <p class="status" role="status">
      <Text value={status} />
    </p>
  );
}

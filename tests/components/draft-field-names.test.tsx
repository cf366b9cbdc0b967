import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, it } from 'vitest';
import { draftOf, renderDraftEditor } from './render-draft-editor';
import { bakerTranscript } from '../support/baker-transcript';

afterEach(cleanup);

// The paragraph's text field was named "Text (place the cursor to split; select words, with the
// keyboard too, to mark a key quote)": the how-to read as its name, on every paragraph.
it('names a paragraph’s text field "Text", its how-to its description', async () => {
  const user = userEvent.setup();
  renderDraftEditor(draftOf(bakerTranscript(2)));
  const answer = screen.getByRole('listitem', {
    name: /^Answer, line \d+: It rose at dawn, 1 time/u,
  });
  await user.click(within(answer).getByRole('button', { name: 'Edit, split or quote' }));
  within(answer).getByRole('textbox', {
    name: 'Text',
    description:
      'Place the cursor to split; select words, with the keyboard too, to mark a key quote.',
  });
}, 30_000);

import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it } from 'vitest';
import { draftOf, renderDraftEditor } from './render-draft-editor';

afterEach(cleanup);

// A French radio transcript that names no guest (the importer reads "Notre invité …, c'est NAME"
// since 967899a, so the host's welcome here does not say the name): its id was made of the
// title, "linvite-du-jour-sud-radio-media", and naming the guest in the editor kept it.
const RADIO = `L'invité du jour – Sud Radio Média
Publié le 12 mars 2025 à 10h05
- Notre invité ce matin nous vient de Genève.
- Bonjour.
- Vous présentez deux émissions chaque soir depuis quatre ans. Vous ne regrettez rien ?
- Non, même si j'aime toujours beaucoup la Suisse.
- Différent en quoi ?
- Les Français aiment la parole, et cela a beaucoup de charme.
`;

it('the suggested id follows the guest’s name and the title until the id is edited by hand', async () => {
  const user = userEvent.setup();
  renderDraftEditor(draftOf(RADIO));
  const id = screen.getByRole('textbox', { name: 'Id' });
  expect(id).toHaveProperty('value', 'linvite-du-jour-sud-radio-media');

  const guest = screen.getByRole('group', { name: /^Person \d: unnamed, answers$|Interviewee/ });
  const name = within(guest).getByRole('textbox', { name: 'Name' });
  await user.clear(name);
  await user.type(name, 'Darius Rochebain');
  expect(id).toHaveProperty('value', 'darius-rochebain-2025');

  // Edited by hand, it stays whatever the guest is called.
  await user.clear(id);
  await user.type(id, 'rochebain-sud-radio');
  await user.type(name, ' Jr');
  expect(screen.getByRole('textbox', { name: 'Id' })).toHaveProperty(
    'value',
    'rochebain-sud-radio',
  );
}, 60_000);

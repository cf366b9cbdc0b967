import { lazy } from 'react';
import { deferredPart } from '../../../components/deferred-part';
import { lazyPart } from '../../../components/lazy-part';

// The reader's parts whose code is not in its first view, and when each loads.

// What a first view does not need loads when asked for: a lesson's bar,
// panel and prompts (only lessons show them), the selection menu, the
// citation and lesson dialogs; the handout's header (useHandoutHeader) once
// the page is idle. A lesson link's parts load before its page hydrates
// (preloadLessonParts in reader-route.tsx), so the lesson comes in one commit.
export const LessonBar = lazyPart(() => import('./lesson-bar').then((module) => module.LessonBar));
export const TeacherPrompt = lazyPart(() =>
  import('../../lesson/components/teacher-prompt').then((module) => module.TeacherPrompt),
);
export const LessonPanel = lazyPart(() =>
  import('../../lesson/components/lesson-panel').then((module) => module.LessonPanel),
);
// Only a link the reader cannot follow in full has a notice: its words load then.
export const MissingTargetNotice = lazyPart(() =>
  import('./missing-target-notice').then((module) => module.MissingTargetNotice),
);
export const CitationDialog = lazy(() =>
  import('../../citation/components/citation-dialog').then((module) => ({
    default: module.CitationDialog,
  })),
);
export const LessonBuilderDialog = lazy(() =>
  import('../../lesson/components/lesson-builder-dialog').then((module) => ({
    default: module.LessonBuilderDialog,
  })),
);
export const SelectionMenu = lazy(() =>
  import('./selection-menu').then((module) => ({ default: module.SelectionMenu })),
);

// Parts the server renders in full whose code the first view does not need
// to read, scroll and follow links (links and disclosures work as HTML): the
// header, the key quotes, the legend and the notes on the authors hydrate once
// their code (one chunk, vite.config.ts) has come. Not the question index: the
// phone's Questions button opens it at once, and a link followed or Escape
// pressed in it before its code came would reload the page or be dropped.
// The search field hydrates after the rest too: words typed into it, "/"
// and a scope chosen before its code came are kept (useSearchField,
// SearchScopeChoice, the page's head script), as before the app starts.
export const SearchBar = deferredPart(() =>
  import('./search-bar').then((module) => module.SearchBar),
);
export const InterviewHeader = deferredPart(() =>
  import('./interview-header').then((module) => module.InterviewHeader),
);
export const KeyQuotesPanel = deferredPart(() =>
  import('./key-quotes-panel').then((module) => module.KeyQuotesPanel),
);
export const HighlightLegend = deferredPart(() =>
  import('./highlight-legend').then((module) => module.HighlightLegend),
);
export const AuthorNotes = deferredPart(() =>
  import('./author-notes').then((module) => module.AuthorNotes),
);

/**
 * Loads the code of the reader's deferred parts: a page rendered on the
 * client (not hydrated) then shows them at once.
 */
export async function preloadReaderParts() {
  await Promise.all(
    [SearchBar, InterviewHeader, KeyQuotesPanel, HighlightLegend, AuthorNotes].map((part) =>
      part.preload(),
    ),
  );
}

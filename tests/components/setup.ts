import { configure } from '@testing-library/react';

// Testing Library gives up on a findBy/waitFor after 1 s by default. On a busy
// 2-core machine (CI, or several test runs at once) a debounced search and a
// lazily imported module can take longer than that to answer, and a test then
// failed though the page did what it should (search-results.test.tsx at load
// 16-18). The tests still wait for what a user would see; they only wait
// longer before calling it a failure.
configure({ asyncUtilTimeout: 5000 });

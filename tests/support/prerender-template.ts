import { readFileSync } from 'node:fs';

// What Vite makes of index.html: the same head, the policy, the entry script
// and the stylesheet (STYLESHEET, at assets/index-abc.css), for tests that
// prerender the site in-process.
export const TEMPLATE = readFileSync('index.html', 'utf8')
  .replace(
    '<head>',
    `<head>\n    <meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;; script-src &#39;self&#39;; style-src &#39;self&#39;">`,
  )
  .replace(
    '<script type="module" src="/src/main.tsx"></script>',
    '<script type="module" crossorigin src="/assets/index-abc.js"></script>',
  )
  .replace('</head>', '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">\n</head>');

export const STYLESHEET_FILE = 'assets/index-abc.css';
export const STYLESHEET = 'body{color:#111}@media print{body{color:#000}}';

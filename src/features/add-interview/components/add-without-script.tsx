/**
 * The "Add an interview" page as it reads without JavaScript (the prerendered
 * add.html): the page reads and keeps text in the browser, so it says so.
 */
export function AddWithoutScript({ libraryHref }: { libraryHref: string }) {
  return (
    <div className="mx-auto max-w-5xl">
      <h1 className="mt-8 mb-2 font-serif text-3xl font-semibold">Add an interview</h1>
      <p className="max-w-3xl">
        This page reads an interview’s text and keeps it in your browser, so it needs JavaScript,
        which is turned off here. Turn it on and reload this page, or read the interviews in the{' '}
        <a href={libraryHref} className="underline underline-offset-2">
          library
        </a>
        .
      </p>
    </div>
  );
}

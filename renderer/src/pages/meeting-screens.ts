// The meeting page and the meeting form are loaded apart from the start: the meetings list is
// what a start shows, and it paints without waiting for them. Where a rakor goes next is a
// meeting, so both are fetched as soon as the list is on screen and the page is idle.
export const loadMeetingPage = () => import('./MeetingPage');
export const loadMeetingForm = () => import('./MeetingFormPage');

let preloaded = false;

/** Fetch both screens once, when the browser is idle after the list's paint. */
export function preloadMeetingScreens(): void {
  if (preloaded) return;
  preloaded = true;
  const load = () => {
    // A failed fetch here is tried again, and reported, when the screen is opened.
    void loadMeetingPage().catch(() => undefined);
    void loadMeetingForm().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(load, { timeout: 1000 });
  else setTimeout(load, 200);
}

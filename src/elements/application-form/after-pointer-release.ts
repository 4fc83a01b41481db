/**
 * A field reports its change when the citizen clicks the next one: the mouse button goes down there, the old field
 * loses the focus and its error message appears or goes. Rendering that at once moves everything below it, so the
 * button is released over another element and the click on a radio button or "Weiter" is lost. Such updates wait
 * until the button is up and its click has been handled.
 */
let pressed = false;
let waiting: (() => void)[] = [];

function release(): void {
  pressed = false;
  const run = waiting;
  waiting = [];
  // After the click that follows pointerup in the same task.
  if (run.length > 0) setTimeout(() => run.forEach((update) => update()));
}

let listening = false;
function listen(): void {
  if (listening) return;
  listening = true;
  document.addEventListener('pointerdown', () => (pressed = true), true);
  document.addEventListener('pointerup', release, true);
  document.addEventListener('pointercancel', release, true);
}

/** Runs `update` now, or once a pressed mouse button is released (at the latest after a second). */
export function afterPointerRelease(update: () => void): void {
  listen();
  if (!pressed) return update();
  waiting.push(update);
  setTimeout(() => {
    if (waiting.includes(update)) {
      waiting = waiting.filter((candidate) => candidate !== update);
      update();
    }
  }, 1000);
}

/**
 * Focuses an element of a DSFR modal once it can take the focus. fr-modal fades in with a
 * visibility transition, which is still «hidden» on the frame the class is added, and a
 * hidden element refuses focus(): retry on the next frames until it holds.
 */
export function focusWhenVisible(el: HTMLElement | null, frames = 30): void {
  if (!el) return;
  el.focus();
  if (document.activeElement !== el && frames > 0)
    requestAnimationFrame(() => focusWhenVisible(el, frames - 1));
}

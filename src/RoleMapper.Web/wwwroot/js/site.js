// Small enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // "Copy link" buttons next to read-only fields (invitation links).
  for (const button of document.querySelectorAll("[data-copy-target]")) {
    const field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      await navigator.clipboard.writeText(field.value);
      button.textContent = "Copied";
    });
  }
  // A button that says how many boxes are ticked ("Confirm 12 selected") keeps its count as boxes are ticked.
  for (const button of document.querySelectorAll("[data-count-checked]")) {
    const boxes = document.querySelectorAll(`input[type=checkbox][name='${button.getAttribute("data-count-checked")}']`);
    const count = button.querySelector("[data-count]");
    if (!count) continue;
    const update = () => { count.textContent = [...boxes].filter(b => b.checked).length.toLocaleString("en-GB"); };
    boxes.forEach(b => b.addEventListener("change", update));
  }
  // Move focus to the error summary so screen-reader users hear the problems first.
  const summary = document.querySelector("[data-module='error-summary']");
  if (summary) summary.focus();
});

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
  // Move focus to the error summary so screen-reader users hear the problems first.
  const summary = document.querySelector("[data-module='error-summary']");
  if (summary) summary.focus();
});

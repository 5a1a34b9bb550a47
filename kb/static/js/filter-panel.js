/*
 * The search page's filters sit in a <details> panel that is open without
 * JavaScript. On a phone, where the results come first, fold it away unless
 * filters are chosen, so the results are not pushed down.
 */
(function () {
    "use strict";
    if (!window.matchMedia("(max-width: 999px)").matches) return;
    document.querySelectorAll("details[data-filter-panel]").forEach(function (panel) {
        if (!panel.hasAttribute("data-has-filters")) panel.open = false;
    });
})();

// Filter the checkboxes of a controlled-vocabulary picker as the editor
// types; a term matches if the text occurs anywhere in it.
(function () {
  "use strict";

  function setUp(picker) {
    if (picker.dataset.ready) return;
    picker.dataset.ready = "1";
    var filter = picker.querySelector("[data-controlled-tag-filter]");
    var status = picker.querySelector(".controlled-tag-picker__status");
    var options = picker.querySelectorAll("[data-controlled-tag-option]");
    filter.closest("p").hidden = false;
    filter.addEventListener("input", function () {
      var needle = filter.value.trim().toLocaleLowerCase("da");
      var shown = 0;
      options.forEach(function (option) {
        var text = option.textContent.toLocaleLowerCase("da");
        var match = !needle || text.indexOf(needle) !== -1;
        option.hidden = !match;
        if (match) shown += 1;
      });
      status.textContent = needle ? shown + " / " + options.length : "";
    });
    // Enter in the filter box must not submit the page form.
    filter.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
  }

  function setUpAll() {
    document.querySelectorAll("[data-controlled-tag-picker]").forEach(setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();

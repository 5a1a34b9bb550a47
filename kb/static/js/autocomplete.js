/*
 * Suggestions for search boxes, as progressive enhancement: without
 * JavaScript the box is a plain search field. With it, typing fills a
 * <datalist> (announced by screen readers as a list of suggestions) from
 * the JSON endpoint named in data-autocomplete-url.
 */
(function () {
    "use strict";
    var inputs = document.querySelectorAll("input[data-autocomplete-url]");
    Array.prototype.forEach.call(inputs, function (input) {
        var list = document.createElement("datalist");
        var timer = null;
        var last = "";
        list.id = input.id + "-forslag";
        input.setAttribute("list", list.id);
        input.parentNode.appendChild(list);
        input.addEventListener("input", function () {
            var value = input.value.trim();
            window.clearTimeout(timer);
            if (value.length < 2 || value === last) {
                return;
            }
            timer = window.setTimeout(function () {
                last = value;
                var url = input.getAttribute("data-autocomplete-url") + "?q=" + encodeURIComponent(value);
                fetch(url, { headers: { Accept: "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : { suggestions: [] }; })
                    .then(function (data) {
                        list.textContent = "";
                        data.suggestions.forEach(function (suggestion) {
                            var option = document.createElement("option");
                            option.value = suggestion.label;
                            option.label = suggestion.type;
                            list.appendChild(option);
                        });
                    })
                    .catch(function () { list.textContent = ""; });
            }, 200);
        });
    });
})();

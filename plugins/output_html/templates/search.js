/* perskamer: the search box on the home page (Pagefind's own UI, served from this site). */
(function () {
  "use strict";
  var box = document.getElementById("zoeken");
  if (!box) return;
  var note = box.querySelector(".search-note");
  if (location.protocol === "file:") {
    box.hidden = false;
    if (note) note.hidden = false;
    return;
  }
  if (typeof window.PagefindUI !== "function") return;
  var here = new URL("./", document.baseURI);
  box.hidden = false;
  new window.PagefindUI({
    element: "#zoek-ui",
    bundlePath: new URL("pagefind/", here).pathname,
    baseUrl: here.pathname,
    showImages: false,
    showSubResults: false,
    resetStyles: false,
    autofocus: false,
    openFilters: ["ambitie"],
    translations: { placeholder: "Zoek in de verslagen", zero_results: "Niets gevonden voor [SEARCH_TERM]" }
  });
  // Pagefind labels its input with a title only: name it by the visible heading instead.
  var input = box.querySelector(".pagefind-ui__search-input");
  if (input) {
    input.setAttribute("aria-labelledby", "zoeken-kop");
    input.removeAttribute("title");
  }
})();

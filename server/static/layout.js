// The layout's one script: a table region (div.table-wrap) is a Tab stop only while its table is
// wider than the screen, so it can be scrolled by keyboard then, and is no extra stop otherwise.
(function () {
  function update() {
    document.querySelectorAll(".table-wrap").forEach(function (r) {
      if (r.scrollWidth > r.clientWidth + 1) r.setAttribute("tabindex", "0");
      else r.removeAttribute("tabindex");
    });
  }
  var timer = null;
  window.addEventListener("resize", function () { clearTimeout(timer); timer = setTimeout(update, 100); });
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();

// Document pages: #L120-L124 (or #L120) marks lines 120-124 of the text and scrolls to them.
(function () {
  "use strict";
  function mark() {
    document.querySelectorAll(".doc-text .line.target").forEach(function (e) { e.classList.remove("target"); });
    var m = /^#L(\d+)(?:-L?(\d+))?$/.exec(window.location.hash);
    if (!m) { return; }
    var a = parseInt(m[1], 10), b = parseInt(m[2] || m[1], 10);
    if (b < a) { var x = a; a = b; b = x; }
    for (var i = a; i <= b; i++) {
      var e = document.getElementById("L" + i);
      if (e) { e.classList.add("target"); }
    }
    var first = document.getElementById("L" + a);
    if (first) { first.scrollIntoView({block: "center"}); }
  }
  window.addEventListener("hashchange", mark);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mark);
  } else {
    mark();
  }
})();

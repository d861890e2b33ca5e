/* recoupe web app: small progressive enhancements; every page works without this file. */
(function () {
  "use strict";

  // Highlight every piece of the claim named in the URL fragment (#claim-ID).
  function highlightTarget() {
    document.querySelectorAll(".body .hl").forEach(function (el) { el.classList.remove("hl"); });
    var m = /^#claim-(.+)$/.exec(window.location.hash);
    if (!m) return;
    var id = decodeURIComponent(m[1]);
    var first = null;
    document.querySelectorAll(".body [data-c]").forEach(function (el) {
      if (el.getAttribute("data-c").split(" ").indexOf(id) >= 0) {
        el.classList.add("hl");
        if (!first) first = el;
      }
    });
    if (first && first.scrollIntoView) first.scrollIntoView({block: "center"});
  }

  // A small tooltip for citations: shows the cited sentence (the title attribute stays for
  // keyboard and assistive technology).
  function tooltips() {
    var tip = null;
    function hide() { if (tip) { tip.remove(); tip = null; } }
    document.querySelectorAll("a.cite[data-tip]").forEach(function (a) {
      function show() {
        hide();
        tip = document.createElement("div");
        tip.className = "tip";
        tip.textContent = a.getAttribute("data-tip");  // text, never HTML
        document.body.appendChild(tip);
        var r = a.getBoundingClientRect();
        var left = Math.max(8, Math.min(window.scrollX + r.left - 40, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
        tip.style.left = left + "px";
        tip.style.top = (window.scrollY + r.bottom + 6) + "px";
      }
      a.addEventListener("mouseenter", show);
      a.addEventListener("focus", show);
      a.addEventListener("mouseleave", hide);
      a.addEventListener("blur", hide);
    });
  }

  function toggleMarks() {
    var box = document.getElementById("toggle-marks");
    var body = document.getElementById("body");
    if (!box || !body) return;
    box.addEventListener("change", function () { body.classList.toggle("marks", box.checked); });
  }

  // Adding an article: the form needs the Authorization header, so it is sent from here.
  function addForm() {
    var form = document.getElementById("add-form");
    if (!form) return;
    var status = document.getElementById("add-status");
    function say(text, cls) { status.textContent = text; status.className = "status " + (cls || ""); }
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var token = form.elements.token.value;
      var file = form.elements.file.files[0];
      var headers = {"Authorization": "Bearer " + token};
      var body;
      if (file) {
        headers["Content-Type"] = file.type || "application/octet-stream";
        headers["X-Filename"] = file.name.replace(/[^\w.\- ]/g, "_");
        body = file;
      } else {
        var rec = {text: form.elements.text.value};
        ["title", "outlet", "published", "url"].forEach(function (k) {
          if (form.elements[k].value) rec[k] = form.elements[k].value;
        });
        if (!rec.text.trim()) { say("Choose a file or paste a text.", "err"); return; }
        headers["Content-Type"] = "application/json";
        body = JSON.stringify(rec);
      }
      say("Analysing… (the first article can take a few seconds)");
      fetch("/api/articles", {method: "POST", headers: headers, body: body, credentials: "omit"})
        .then(function (r) { return r.json().then(function (j) { return [r, j]; }); })
        .then(function (rj) {
          var r = rj[0], j = rj[1];
          if (!r.ok) { say((j.error && j.error.message) || ("Error " + r.status), "err"); return; }
          if (j.articles && j.articles.length) {
            say("Added. Opening the article…", "ok");
            window.location.href = "/articles/" + encodeURIComponent(j.articles[0]);
          } else {
            say("Already in the store (" + j.skipped + " skipped).", "ok");
          }
        })
        .catch(function () { say("The server could not be reached.", "err"); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    highlightTarget();
    tooltips();
    toggleMarks();
    addForm();
  });
  window.addEventListener("hashchange", highlightTarget);
})();


(function () {
  "use strict";
  // Links to facts (class "go") carry href="#<highlight id>" and
  // data-item="<panel entry id>"; every highlight carries data-item and
  // data-mark (the id of its first piece). Without this script the links
  // still jump to the text.
  var lit = [];
  var selected = null;
  var cycle = { item: "", index: 0 };
  var reduce = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function marks(attr, value) {
    return document.querySelectorAll("mark[" + attr + "=\"" + value + "\"]");
  }

  function clear() {
    for (var i = 0; i < lit.length; i++) {
      lit[i].classList.remove("is-active", "is-related");
    }
    lit = [];
  }

  function select(item, reveal) {
    if (selected) {
      selected.classList.remove("is-selected");
    }
    selected = item ? document.getElementById(item) : null;
    if (!selected) {
      return;
    }
    selected.classList.add("is-selected");
    if (!reveal) {
      return;
    }
    var group = selected.closest("details");
    if (group && !group.open) {
      group.open = true;
    }
    // Scroll the panel, not the page.
    var panel = selected.closest(".panel");
    if (panel && panel.scrollHeight > panel.clientHeight) {
      var p = panel.getBoundingClientRect(), r = selected.getBoundingClientRect();
      if (r.top < p.top) {
        panel.scrollTop += r.top - p.top - 8;
      } else if (r.bottom > p.bottom) {
        panel.scrollTop += r.bottom - p.bottom + 8;
      }
    }
  }

  // activate lights the highlight whose first piece is target, and more
  // faintly the other highlights of the same fact.
  function activate(target, item, scroll) {
    var i, els;
    clear();
    void target.offsetWidth; // restart the flash
    if (item) {
      els = marks("data-item", item);
      for (i = 0; i < els.length; i++) {
        els[i].classList.add("is-related");
        lit.push(els[i]);
      }
    }
    els = marks("data-mark", target.id);
    for (i = 0; i < els.length; i++) {
      els[i].classList.remove("is-related");
      els[i].classList.add("is-active");
      lit.push(els[i]);
    }
    if (scroll) {
      target.scrollIntoView({ block: "center", behavior: reduce ? "auto" : "smooth" });
    }
    if (!target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus({ preventScroll: true });
    select(item, !scroll);
  }

  // next steps through the mentions of a place or an actor when its
  // entry is clicked again.
  function next(link, item, target) {
    var all = document.querySelectorAll("mark[id][data-item=\"" + item + "\"]");
    if (all.length < 2) {
      return target;
    }
    var index = 0;
    if (cycle.item === item) {
      index = (cycle.index + 1) % all.length;
    } else {
      for (var i = 0; i < all.length; i++) {
        if (all[i] === target) {
          index = i;
        }
      }
    }
    cycle = { item: item, index: index };
    var pos = link.querySelector(".pos");
    if (!pos) {
      pos = document.createElement("span");
      pos.className = "pos";
      link.querySelector(".fact-main").appendChild(pos);
    }
    pos.textContent = (index + 1) + "/" + all.length;
    return all[index];
  }

  document.addEventListener("click", function (ev) {
    if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) {
      return;
    }
    var el = ev.target instanceof Element ? ev.target : ev.target.parentElement;
    if (!el) {
      return;
    }
    var link = el.closest("a.go");
    if (link) {
      var item = link.getAttribute("data-item") || "";
      var target = document.getElementById((link.getAttribute("href") || "").slice(1));
      if (!target) {
        return;
      }
      ev.preventDefault();
      if (link.classList.contains("cycle")) {
        target = next(link, item, target);
      } else {
        cycle.item = "";
      }
      activate(target, item, true);
      return;
    }
    var mark = el.closest("mark.hl");
    if (mark) {
      cycle.item = "";
      activate(document.getElementById(mark.getAttribute("data-mark")) || mark, mark.getAttribute("data-item"), false);
    }
  });

  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") {
      clear();
      select(null, false);
    }
  });

  // A link into the page (report.html#art2-c1-ev) lights its target.
  document.addEventListener("DOMContentLoaded", function () {
    var id = "";
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch (e) {
      return;
    }
    var target = id && document.getElementById(id);
    if (target && target.matches("mark.hl")) {
      activate(target, target.getAttribute("data-item"), false);
    }
  });
})();

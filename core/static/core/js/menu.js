/* The header menu folds behind a toggle on narrow screens. Loaded in <head> without defer
   so the "js" class is set before first paint (no layout shift); wiring waits for the DOM. */
(function () {
    "use strict";
    var root = document.documentElement;
    root.classList.remove("no-js");
    root.classList.add("js");

    function init() {
        var toggle = document.querySelector(".menu-toggle");
        var menu = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
        if (!menu) {
            return;
        }
        function setOpen(open) {
            toggle.setAttribute("aria-expanded", open ? "true" : "false");
            menu.classList.toggle("is-open", open);
        }
        toggle.addEventListener("click", function () {
            setOpen(toggle.getAttribute("aria-expanded") !== "true");
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
                setOpen(false);
                toggle.focus();
            }
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
})();

/*
 * Roadmap — the facilitator's console (/ateliers/{id}/animation). Needs lib/signalr/signalr.min.js and
 * js/workshop-live.js first.
 *
 * The console works without this script: every action is a plain form. With it, the console listens to
 * the workshop hub (RoadmapLive, as the signed-in facilitator) and, when an event says a part changed,
 * fetches that part again as HTML (/ateliers/{id}/animation/fragments/{part}) and swaps it in. The
 * markup is thus written once, in Razor; this costs one small request per part and event burst, which
 * is fine for the one or two consoles of a workshop, the hub already coalescing its events.
 * While the facilitator types in a form of a part, that part waits (until focus leaves the form);
 * a form with unsent changes is kept as it is, folded or unfolded sections stay so, and the focused
 * control is found again by its id.
 * The timer counts down here from endsAt, corrected by the server's clock.
 */
(function () {
    "use strict";

    var root = document.getElementById("console");
    if (!root || !root.getAttribute("data-code") || !window.RoadmapLive) {
        return;
    }

    var fragments = root.getAttribute("data-fragments");
    var alertRegion = document.getElementById("console-live-alert");
    var delay = 250;
    var partsOf = {
        PresenceChanged: ["presence"],
        ItemFocused: ["agenda"],
        PollOpened: ["polls"],
        PollResults: ["polls"],
        PollClosed: ["polls"],
        IdeaPosted: ["ideas"],
        IdeaUpdated: ["ideas"],
        HandsChanged: ["hands"],
        TimerChanged: ["timer"]
    };
    var allParts = ["agenda", "presence", "hands", "ideas", "polls", "timer"];
    var scheduled = {};
    var loading = {};
    var again = {};
    var waiting = {};

    function partElement(part) {
        return root.querySelector("[data-console-part=\"" + part + "\"]");
    }

    function isField(element) {
        return element && element.form && /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName)
            && !/^(submit|button|hidden)$/.test(element.type);
    }

    function isTypingIn(element) {
        var active = document.activeElement;
        return isField(active) && element.contains(active);
    }

    function isEdited(form) {
        return Array.prototype.some.call(form.elements, function (field) {
            if (field.tagName === "SELECT") {
                return Array.prototype.some.call(field.options, function (option) {
                    return option.selected !== option.defaultSelected;
                });
            }
            if (field.type === "checkbox" || field.type === "radio") {
                return field.checked !== field.defaultChecked;
            }
            return isField(field) && field.value !== field.defaultValue;
        });
    }

    /* Refreshes a part at most once per delay, however many events arrive meanwhile. */
    function schedule(part) {
        if (scheduled[part]) {
            return;
        }
        scheduled[part] = window.setTimeout(function () {
            scheduled[part] = null;
            refresh(part);
        }, delay);
    }

    function waitForBlur(part, element) {
        if (waiting[part]) {
            return;
        }
        waiting[part] = true;
        element.addEventListener("focusout", function listener() {
            window.setTimeout(function () {
                if (!isTypingIn(element)) {
                    element.removeEventListener("focusout", listener);
                    waiting[part] = false;
                    schedule(part);
                }
            }, 0);
        });
    }

    function refresh(part) {
        var current = partElement(part);
        if (!current) {
            return;
        }
        if (isTypingIn(current)) {
            waitForBlur(part, current);
            return;
        }
        if (loading[part]) {
            again[part] = true;
            return;
        }
        loading[part] = true;
        window.fetch(fragments + part, { credentials: "same-origin", cache: "no-store", headers: { Accept: "text/html" } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error(String(response.status));
                }
                return response.text();
            })
            .then(function (html) {
                swap(part, html);
            })
            .catch(function () {
                /* Keep what is shown: the next event, or the catch-up after a reconnection, tries again. */
                return null;
            })
            .then(function () {
                loading[part] = false;
                if (again[part]) {
                    again[part] = false;
                    schedule(part);
                }
            });
    }

    function swap(part, html) {
        var template = document.createElement("template");
        template.innerHTML = html;
        var fresh = template.content.querySelector("[data-console-part=\"" + part + "\"]");
        var current = partElement(part);
        if (!fresh || !current) {
            return;
        }
        if (isTypingIn(current)) {
            waitForBlur(part, current);
            return;
        }
        var focused = current.contains(document.activeElement) ? document.activeElement.id : "";
        Array.prototype.forEach.call(current.querySelectorAll("details[id]"), function (details) {
            var twin = fresh.querySelector("details[id=\"" + details.id + "\"]");
            if (twin) {
                twin.open = details.open;
            }
        });
        Array.prototype.forEach.call(current.querySelectorAll("form[id]"), function (form) {
            var twin = fresh.querySelector("form[id=\"" + form.id + "\"]");
            if (twin && isEdited(form)) {
                twin.replaceWith(form);
            }
        });
        current.replaceWith(fresh);
        startTimers(fresh);
        if (focused) {
            var again = document.getElementById(focused);
            if (again) {
                again.focus({ preventScroll: true });
            }
        }
    }

    function startTimers(scope) {
        Array.prototype.forEach.call(scope.querySelectorAll("[data-ends-at]"), function (element) {
            var skew = Date.parse(element.getAttribute("data-server-time")) - Date.now();
            element.setAttribute("data-skew", String(isNaN(skew) ? 0 : skew));
        });
    }

    function tick() {
        Array.prototype.forEach.call(root.querySelectorAll("[data-ends-at][data-skew]"), function (element) {
            var left = RoadmapLive.secondsLeft(element.getAttribute("data-ends-at"), Number(element.getAttribute("data-skew")));
            var text = RoadmapLive.clock(left);
            if (element.textContent !== text) {
                element.textContent = text;
            }
            element.classList.toggle("is-over", left === 0);
        });
    }

    function showError(message) {
        if (alertRegion) {
            alertRegion.hidden = false;
            alertRegion.textContent = message;
        }
    }

    var handlers = {};
    Object.keys(partsOf).forEach(function (event) {
        handlers[event] = function () {
            partsOf[event].forEach(schedule);
        };
    });
    handlers.WorkshopEnded = function () {
        window.location.assign(window.location.pathname);
    };

    startTimers(root);
    window.setInterval(tick, 1000);

    window.RoadmapLive.connect({
        joinCode: root.getAttribute("data-code"),
        status: document.getElementById("console-live-status"),
        onJoined: function () {
            if (alertRegion) {
                alertRegion.hidden = true;
                alertRegion.textContent = "";
            }
            /* Events sent while away are not replayed: catch up on every part after each (re)join. */
            allParts.forEach(schedule);
        },
        onError: showError,
        on: handlers
    });
}());

/*
 * Roadmap — the big screen (/ateliers/{id}/ecran). The server renders the room as it stands; this
 * script sizes the result bars, joins with RoadmapLive as the signed-in facilitator and keeps the
 * page live (docs/workshop-hub.md). The chart markup mirrors PollResultsChart.razor.
 */
(function () {
    "use strict";

    var root = document.getElementById("screen");
    if (!root) {
        return;
    }

    function $(id) {
        return document.getElementById(id);
    }

    function sizeBars() {
        Array.prototype.forEach.call(root.querySelectorAll(".poll-bar-fill[data-share]"), function (fill) {
            fill.style.width = fill.getAttribute("data-share") + "%";
        });
    }

    sizeBars();
    if (!window.RoadmapLive) {
        return;
    }

    var el = RoadmapLive.element;
    var live = null;
    var s = null;
    var offset = 0;
    var closed = {};
    var stopTimer = function () {};

    function byId(list, id) {
        return list.filter(function (x) { return x.id === id; })[0] || null;
    }

    /* ---- drawing ---- */

    function drawItem() {
        var index = -1;
        s.agenda.forEach(function (item, i) {
            if (item.id === s.focusedItemId) {
                index = i;
            }
        });
        $("screen-item").textContent = index < 0
            ? "L'atelier va commencer."
            : "Point " + (index + 1) + " sur " + s.agenda.length + " : " + s.agenda[index].title;
    }

    function drawPresence() {
        $("screen-presence").textContent = RoadmapLive.plural(s.presence.present, "personne présente", "personnes présentes");
    }

    /* Reactions of the last minute, counted by emoji: « Réactions : 👏 12 · 👍 5 ». Not stored by the server. */
    var reactions = [];
    var reactionWindow = 60000;

    function drawReactions() {
        var since = Date.now() - reactionWindow;
        reactions = reactions.filter(function (r) { return r.at >= since; });
        var counts = {};
        reactions.forEach(function (r) { counts[r.emoji] = (counts[r.emoji] || 0) + 1; });
        var parts = Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a]; }).map(function (emoji) {
            return emoji + " " + counts[emoji];
        });
        var node = $("screen-reactions");
        if (node) {
            node.hidden = parts.length === 0;
            node.textContent = parts.length === 0 ? "" : "Réactions de la dernière minute : " + parts.join(" · ");
        }
    }

    window.setInterval(drawReactions, 5000);

    function drawTimer() {
        var node = $("screen-timer");
        var timer = s.timer;
        stopTimer();
        if (!timer.running || !timer.endsAt) {
            node.hidden = true;
            return;
        }
        node.hidden = false;
        stopTimer = RoadmapLive.countdown(timer.endsAt, offset, function (left) {
            node.textContent = left ? RoadmapLive.clock(left) : "Temps écoulé";
            node.classList.toggle("screen-timer-low", left <= 30);
        });
    }

    function bars(poll, rows, className) {
        return el("ul", { "class": className || "poll-bars" }, rows.map(function (row) {
            var fill = el("span", { "class": "poll-bar-fill" });
            fill.style.width = row.share + "%";
            return el("li", { "class": "poll-bar" }, [
                el("span", { "class": "poll-bar-label", text: RoadmapLive.barLabel(poll, row) }),
                el("span", { "class": "poll-bar-track", "aria-hidden": "true" }, [fill]),
                el("span", { "class": "poll-bar-value", text: row.countText + " (" + row.share + "\u00a0%)" })
            ]);
        }));
    }

    function chart(poll) {
        var results = poll.results;
        var figure = el("figure", { "class": "poll-chart", "data-poll": poll.id }, [
            el("figcaption", {}, [
                el("span", { "class": "poll-chart-question", text: poll.question }),
                el("span", {
                    "class": "poll-chart-state",
                    text: (poll.isOpen ? "Résultats en direct" : "Résultats définitifs") + " · " + RoadmapLive.plural(results.ballots, "participant·e", "participant·es") + results.votersText
                })
            ])
        ]);
        if (!results.ballots) {
            figure.appendChild(el("p", { "class": "poll-chart-empty", text: "Aucun vote pour l'instant." }));
        }
        figure.appendChild(bars(poll, results.bars));
        if (results.averageText) {
            figure.appendChild(el("p", { "class": "poll-chart-average", text: "Moyenne : " + results.averageText }));
        }
        if (results.hands) {
            figure.appendChild(el("p", { "class": "poll-chart-hands", text: results.hands.summary + " (à part des votes en ligne)" }));
            figure.appendChild(bars(poll, results.hands.bars, "poll-bars poll-bars-hands"));
        }
        return figure;
    }

    function currentPoll() {
        return s.polls.length ? s.polls[s.polls.length - 1] : null;
    }

    function drawPoll() {
        var box = $("screen-chart");
        var poll = currentPoll();
        box.textContent = "";
        box.appendChild(poll ? chart(poll) : el("p", { "class": "screen-none", text: "Aucun sondage pour l'instant." }));
    }

    function drawEnded() {
        var over = s.workshop.status === "Closed" || s.workshop.status === "Cancelled";
        $("screen-ended").hidden = !over;
        $("screen-presence").hidden = over;
        var join = root.querySelector(".screen-join");
        if (join && over) {
            join.hidden = true;
        }
    }

    function joined(result) {
        s = result.state;
        offset = Date.parse(s.serverTime) - Date.now();
        closed = {};
        s.polls.forEach(function (poll) {
            if (!poll.isOpen) {
                closed[poll.id] = true;
            }
        });
        drawItem();
        drawPresence();
        drawTimer();
        drawPoll();
        drawEnded();
    }

    /* ---- events ---- */

    live = RoadmapLive.connect({
        joinCode: root.getAttribute("data-code"),
        status: $("screen-status"),
        onJoined: joined,
        onError: function (message) {
            $("screen-status").textContent = message;
        },
        on: {
            PresenceChanged: function (presence) {
                s.presence = presence;
                s.workshop.status = presence.status;
                drawPresence();
            },
            ItemFocused: function (focus) {
                s.focusedItemId = focus.agendaItemId;
                drawItem();
            },
            TimerChanged: function (timer) {
                offset = Date.parse(timer.serverTime) - Date.now();
                s.timer = timer;
                drawTimer();
            },
            PollOpened: function (poll) {
                s.polls.push(poll);
                drawPoll();
            },
            PollResults: function (tally) {
                var poll = byId(s.polls, tally.pollId);
                /* Stale once closed, except a final tally: the room's count entered after the close. */
                if (poll && (!closed[tally.pollId] || tally.isFinal)) {
                    poll.results = tally;
                    if (poll === currentPoll()) {
                        drawPoll();
                    }
                }
            },
            PollClosed: function (view) {
                var poll = byId(s.polls, view.pollId);
                closed[view.pollId] = true;
                if (poll) {
                    poll.isOpen = false;
                    poll.results = view.results;
                    if (poll === currentPoll()) {
                        drawPoll();
                    }
                }
            },
            Reaction: function (reaction) {
                reactions.push({ emoji: reaction.emoji, at: Date.now() });
                drawReactions();
            },
            WorkshopEnded: function () {
                s.workshop.status = "Closed";
                stopTimer();
                $("screen-timer").hidden = true;
                drawEnded();
                live.stop();
            }
        }
    });
}());

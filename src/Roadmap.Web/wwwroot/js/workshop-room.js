/*
 * Roadmap — the participant room (/rejoindre/{code}). Joins with RoadmapLive (workshop-live.js) and
 * draws the live parts of the page from the Join result and the hub's events (docs/workshop-hub.md).
 * Text always goes through textContent; no inline style or handler (CSP).
 */
(function () {
    "use strict";

    var root = document.getElementById("room-live");
    if (!root || !window.RoadmapLive) {
        return;
    }

    var el = RoadmapLive.element;
    var code = root.getAttribute("data-code");
    var isGuest = root.getAttribute("data-guest") === "true";
    var reactionNames = {
        "👍": "Pouce levé", "👏": "Applaudir", "❤️": "J'adore", "😂": "Rire",
        "😮": "Surprise", "🤔": "Perplexe", "🎉": "Bravo", "🙋": "Je veux intervenir"
    };
    var live = null;
    var s = null;          // the room as last known (WorkshopState), kept up to date by events
    var offset = 0;        // server clock minus this device's clock, in ms
    var closed = {};       // polls seen closed: their late PollResults are ignored
    var stopTimer = function () {};
    var resultsSaidAt = 0;
    var lastCalledId = null;
    var calledMe = false;

    function $(id) {
        return document.getElementById(id);
    }

    function say(text) {
        RoadmapLive.announce($("room-say"), text);
    }

    function byId(list, id) {
        for (var i = 0; i < list.length; i++) {
            if (list[i].id === id) {
                return list[i];
            }
        }
        return null;
    }

    function clear(node) {
        node.textContent = "";
        return node;
    }

    function showError(id, message) {
        $(id).textContent = message || "";
    }

    /* Runs a hub method; its refusal (a French sentence) goes to the alert next to the control. */
    function call(errorId, method, args) {
        showError(errorId, "");
        return live.invoke.apply(live, [method].concat(args || [])).catch(function (error) {
            showError(errorId, error.message);
            throw error;
        });
    }

    function ignore() {
        return null;
    }

    /* ---- the whole room, after every (re)join ---- */

    function joined(result) {
        s = result.state;
        offset = Date.parse(s.serverTime) - Date.now();
        closed = {};
        s.polls.forEach(function (poll) {
            if (!poll.isOpen) {
                closed[poll.id] = true;
            }
        });
        lastCalledId = s.hands.lastCalled ? s.hands.lastCalled.id : null;
        if ($("guest-form")) {
            $("guest-form").hidden = true;
        }
        showError("room-alert", "");
        root.hidden = false;
        drawPhase();
        drawMe();
        drawItem();
        drawTimer();
        drawPoll();
        drawHands();
        drawReactions();
        drawAxes();
        drawIdeas();
    }

    function drawPhase() {
        var status = s.workshop.status;
        $("room-waiting").hidden = status !== "Scheduled";
        $("room-ended").hidden = status !== "Closed" && status !== "Cancelled";
        $("room-main").hidden = status !== "Live";
        $("room-me").hidden = status !== "Live" && status !== "Scheduled";
    }

    function drawMe() {
        var me = clear($("room-me"));
        me.appendChild(document.createTextNode("Vous participez en tant que " + s.me.displayName + " · " +
            RoadmapLive.plural(s.presence.present, "personne présente", "personnes présentes") + "."));
        if (s.me.isFacilitator) {
            me.appendChild(document.createTextNode(" "));
            me.appendChild(el("a", { href: root.getAttribute("data-console"), text: "Ouvrir la console d'animation" }));
        }
    }

    /* ---- agenda item and timer ---- */

    function drawItem() {
        var box = clear($("room-item"));
        var item = byId(s.agenda, s.focusedItemId);
        if (!item) {
            box.appendChild(el("p", { "class": "muted", text: "L'animation n'a pas encore choisi de point de l'ordre du jour." }));
            return;
        }
        box.appendChild(el("p", { "class": "muted", text: "Point " + (s.agenda.indexOf(item) + 1) + " sur " + s.agenda.length }));
        box.appendChild(el("p", { "class": "room-item-title", text: item.title }));
        if (item.actions.length) {
            box.appendChild(el("ul", {}, item.actions.map(function (action) {
                return el("li", {}, [el("a", { href: action.link, text: action.title })]);
            })));
        }
    }

    function drawTimer() {
        var node = $("room-timer");
        var timer = s.timer;
        stopTimer();
        if (!timer.running || !timer.endsAt) {
            node.hidden = true;
            return;
        }
        node.hidden = false;
        stopTimer = RoadmapLive.countdown(timer.endsAt, offset, function (left) {
            node.textContent = left ? "Temps restant : " + RoadmapLive.clock(left) : "Temps écoulé";
        });
    }

    /* ---- polls ---- */

    function currentPoll() {
        return s.polls.length ? s.polls[s.polls.length - 1] : null;
    }

    function drawPoll() {
        var box = $("room-poll");
        /* Redrawing removes the focused control (a choice, « Voter »): keep keyboard users in the poll's section. */
        var hadFocus = box.contains(document.activeElement);
        clear(box);
        drawPollIn(box);
        if (hadFocus) {
            $("room-poll-title").focus();
        }
    }

    function drawPollIn(box) {
        var poll = currentPoll();
        if (!poll) {
            box.appendChild(el("p", { "class": "muted", text: "Aucun sondage pour l'instant." }));
            return;
        }
        if (poll.isOpen && isGuest && !poll.guestsMayVote) {
            box.appendChild(el("p", { "class": "room-question", text: poll.question }));
            box.appendChild(el("p", { "class": "muted", text: "Ce sondage est réservé aux personnes connectées : les invité·es ne votent pas." }));
        } else if (poll.isOpen) {
            box.appendChild(ballotForm(poll));
        } else {
            box.appendChild(el("p", { "class": "room-question", text: poll.question }));
            box.appendChild(el("p", { "class": "muted", text: "Ce sondage est clos." }));
        }
        box.appendChild(el("div", { id: "room-results", "class": "room-results" }));
        drawResults(poll);
    }

    function hintOf(poll) {
        switch (poll.kind) {
            case "MultipleChoice": return "Choisissez de 1 à " + poll.maxChoices + " réponses.";
            case "DotVoting": return "Répartissez " + RoadmapLive.plural(poll.points, "point", "points") + " entre les propositions.";
            case "Scale": return "Donnez une note de 1 (le moins) à 5 (le plus).";
            default: return "Choisissez une réponse.";
        }
    }

    function ballotForm(poll) {
        var mine = poll.myBallot;
        var inputs = [];
        var fieldset = el("fieldset", { "class": "room-choices", "aria-describedby": "poll-hint" }, [
            el("legend", { "class": "room-question", text: poll.question }),
            el("p", { id: "poll-hint", "class": "muted", text: hintOf(poll) })
        ]);
        var left = el("p", { id: "poll-left", "aria-live": "polite" });
        var status = el("p", { role: "status", text: mine ? "Votre vote est enregistré (vous pouvez le modifier tant que le sondage est ouvert)." : "" });
        var form = el("form", { "class": "room-ballot", novalidate: true }, [fieldset]);

        function choice(type, name, value, text, checked) {
            var input = el("input", { type: type, name: name, value: value, checked: checked });
            inputs.push(input);
            fieldset.appendChild(el("label", { "class": "room-choice" }, [input, el("span", { text: text })]));
        }

        function pointsLeft() {
            var used = inputs.reduce(function (sum, input) {
                return sum + (parseInt(input.value, 10) || 0);
            }, 0);
            left.textContent = "Points restants : " + (poll.points - used) + " sur " + poll.points;
        }

        if (poll.kind === "Scale") {
            [1, 2, 3, 4, 5].forEach(function (score) {
                var text = score === 1 ? "1 (le moins)" : score === 5 ? "5 (le plus)" : String(score);
                choice("radio", "score", score, text, mine && mine.score === score);
            });
        } else if (poll.kind === "DotVoting") {
            poll.options.forEach(function (option, i) {
                var given = mine ? mine.points.filter(function (p) { return p.optionId === option.id; })[0] : null;
                var input = el("input", { type: "number", id: "poll-points-" + i, min: 0, max: poll.points, step: 1, inputmode: "numeric", value: given ? given.points : 0, "data-option": option.id });
                inputs.push(input);
                fieldset.appendChild(el("div", { "class": "room-choice room-points" }, [el("label", { "for": input.id, text: option.text }), input]));
            });
            fieldset.appendChild(left);
            fieldset.addEventListener("input", pointsLeft);
            pointsLeft();
        } else {
            poll.options.forEach(function (option) {
                choice(poll.kind === "MultipleChoice" ? "checkbox" : "radio", "choice", option.id, option.text,
                    mine && mine.optionIds.indexOf(option.id) >= 0);
            });
        }

        form.appendChild(el("p", { id: "poll-error", "class": "field-error room-error", role: "alert" }));
        form.appendChild(el("button", { type: "submit", "class": "room-button", text: "Voter" }));
        form.appendChild(status);
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            var ballot = ballotOf(poll, inputs);
            if (!ballot) {
                showError("poll-error", "Choisissez votre réponse avant de voter.");
                return;
            }
            status.textContent = "";
            call("poll-error", "CastBallot", [poll.id, ballot]).then(function (saved) {
                poll.myBallot = saved;
                status.textContent = "Votre vote est enregistré (vous pouvez le modifier tant que le sondage est ouvert).";
                drawResults(poll);
            }, ignore);
        });
        return form;
    }

    function ballotOf(poll, inputs) {
        if (poll.kind === "DotVoting") {
            var points = inputs.map(function (input) {
                return { optionId: input.getAttribute("data-option"), points: parseInt(input.value, 10) || 0 };
            }).filter(function (p) { return p.points !== 0; });
            return points.length ? { optionIds: null, points: points, score: null } : null;
        }
        var chosen = inputs.filter(function (input) { return input.checked; }).map(function (input) { return input.value; });
        if (!chosen.length) {
            return null;
        }
        return poll.kind === "Scale"
            ? { optionIds: null, points: null, score: parseInt(chosen[0], 10) }
            : { optionIds: chosen, points: null, score: null };
    }

    function barList(poll, bars) {
        return el("ul", { "class": "room-bars" }, bars.map(function (row) {
            var fill = el("span", { "class": "room-bar-fill" });
            fill.style.width = row.share + "%";
            return el("li", {}, [
                el("span", { "class": "room-bar-label", text: RoadmapLive.barLabel(poll, row) }),
                el("span", { "class": "room-bar-track", "aria-hidden": "true" }, [fill]),
                el("span", { "class": "room-bar-value", text: row.countText + " (" + row.share + " %)" })
            ]);
        }));
    }

    /* « Fibre : 3 votes (60 %) ; … » — what a screen reader hears of a result. */
    function sayBars(poll, bars) {
        return bars.map(function (row) {
            return RoadmapLive.barLabel(poll, row) + " : " + row.countText + " (" + row.share + " %)";
        }).join(" ; ");
    }

    function drawResults(poll) {
        var box = $("room-results");
        var results = poll.results;
        if (!box) {
            return;
        }
        clear(box);
        box.appendChild(el("h3", { text: poll.isOpen ? "Résultats en direct" : "Résultats définitifs" }));
        /* An open poll's results reach a participant once they have voted (decision 054). */
        if (poll.resultsWithheld) {
            box.appendChild(el("p", { "class": "muted", text: poll.myBallot
                ? "Votre vote est compté : les résultats arrivent."
                : "Les résultats s'afficheront dès que vous aurez voté." }));
            return;
        }
        box.appendChild(el("p", { text: results.ballots ? RoadmapLive.plural(results.ballots, "personne a voté", "personnes ont voté") + results.votersText : "Aucun vote pour l'instant." }));
        box.appendChild(barList(poll, results.bars));
        if (results.averageText) {
            box.appendChild(el("p", { text: "Moyenne : " + results.averageText }));
        }
        if (results.hands) {
            /* The room's show of hands, apart: never added to the online votes above. */
            box.appendChild(el("h3", { text: "Dans la salle (main levée ou papier)" }));
            box.appendChild(el("p", { text: results.hands.summary + ", compté à part des votes en ligne." }));
            box.appendChild(barList(poll, results.hands.bars));
        }
    }

    /* ---- hands ---- */

    function drawHands() {
        var hands = s.hands;
        var place = -1;
        hands.queue.forEach(function (hand, i) {
            if (hand.id === hands.myHandId) {
                place = i;
            }
        });
        if (place < 0) {
            hands.myHandId = null;
        }
        $("room-hand").setAttribute("aria-pressed", hands.myHandId ? "true" : "false");
        $("room-hand-place").textContent = place >= 0
            ? "Votre main est levée : vous êtes " + (place + 1) + (place ? "e" : "re") + " dans la file (" + RoadmapLive.plural(hands.queue.length, "personne", "personnes") + ")."
            : hands.queue.length ? RoadmapLive.plural(hands.queue.length, "personne attend", "personnes attendent") + " la parole." : "Personne n'attend la parole.";
        $("room-called").textContent = calledMe ? "L'animation vous donne la parole."
            : hands.lastCalled ? "Dernière personne appelée : " + hands.lastCalled.name + "." : "";
    }

    function handsChanged(hands) {
        var mine = s.hands.myHandId;
        hands.myHandId = hands.myHandId || mine;
        if (hands.lastCalled && hands.lastCalled.id !== lastCalledId) {
            lastCalledId = hands.lastCalled.id;
            calledMe = hands.lastCalled.id === mine;
            say("La parole est donnée à " + hands.lastCalled.name + ".");
        }
        s.hands = hands;
        drawHands();
    }

    $("room-hand").addEventListener("click", function () {
        var raised = !!s.hands.myHandId;
        call("room-hand-error", raised ? "LowerHand" : "RaiseHand").then(function (hands) {
            calledMe = false;
            s.hands = hands;
            drawHands();
        }, ignore);
    });

    /* ---- reactions ---- */

    function drawReactions() {
        var box = $("room-reactions");
        if (box.childNodes.length) {
            return;
        }
        s.reactions.forEach(function (emoji) {
            var button = el("button", { type: "button", "class": "room-reaction", "aria-label": reactionNames[emoji] || emoji, text: emoji });
            button.addEventListener("click", function () {
                call("room-reactions-error", "React", [emoji]).then(function () {
                    button.classList.add("sent");
                    window.setTimeout(function () { button.classList.remove("sent"); }, 700);
                }, ignore);
            });
            box.appendChild(button);
        });
    }

    /* ---- ideas ---- */

    function drawAxes() {
        var select = $("idea-axis");
        if (select.options.length > 1 || !s.workshop.axes.length) {
            return;
        }
        s.workshop.axes.forEach(function (axis) {
            select.appendChild(el("option", { value: axis.id, text: axis.title }));
        });
        $("idea-axis-field").hidden = false;
    }

    function mergeIdea(idea) {
        var known = byId(s.ideas, idea.id);
        if (known) {
            idea.upvotedByMe = idea.upvotedByMe === null || idea.upvotedByMe === undefined ? known.upvotedByMe : idea.upvotedByMe;
            idea.isMine = idea.isMine === null || idea.isMine === undefined ? known.isMine : idea.isMine;
            s.ideas[s.ideas.indexOf(known)] = idea;
        } else {
            s.ideas.push(idea);
        }
        drawIdeas();
    }

    function ideaItem(idea) {
        var axis = byId(s.workshop.axes, idea.groupedAxisId || idea.axisId);
        if (idea.isHidden) {
            return el("li", { "class": "room-idea hidden-idea", text: "Idée masquée par l'animation : " + idea.hiddenReason });
        }
        var votes = el("span", { "class": "muted", text: RoadmapLive.plural(idea.upvotes, "soutien", "soutiens") });
        var item = el("li", { "class": "room-idea" }, [
            el("p", { "class": "room-idea-text", text: idea.text }),
            el("p", { "class": "muted", text: (idea.isMine ? "Votre idée" : idea.authorName) + (axis ? " · " + axis.title : "") })
        ]);
        var tools = el("p", { "class": "room-idea-tools" }, [votes]);
        if (!idea.isMine) {
            var button = el("button", { type: "button", "class": "room-upvote", "data-idea": idea.id, "aria-pressed": idea.upvotedByMe ? "true" : "false" },
                [el("span", { "aria-hidden": "true", text: "👍 " }), "Soutenir", el("span", { "class": "visually-hidden", text: " l'idée : " + idea.text.slice(0, 80) })]);
            button.addEventListener("click", function () {
                call("room-ideas-error", "UpvoteIdea", [idea.id]).then(mergeIdea, ignore);
            });
            tools.insertBefore(button, votes);
        }
        if (idea.promotedActionLink) {
            tools.appendChild(el("a", { href: idea.promotedActionLink, text: "Devenue une proposition d'action" }));
        }
        item.appendChild(tools);
        return item;
    }

    function drawIdeas() {
        var list = $("room-ideas");
        var focused = document.activeElement ? document.activeElement.getAttribute("data-idea") : null;
        clear(list);
        s.ideas.slice().reverse().forEach(function (idea) {
            list.appendChild(ideaItem(idea));
        });
        if (!s.ideas.length) {
            list.appendChild(el("li", { "class": "muted", text: "Aucune idée pour l'instant : proposez la première !" }));
        }
        var again = focused ? list.querySelector("[data-idea=\"" + focused + "\"]") : null;
        if (again) {
            again.focus();
        }
    }

    function countChars() {
        $("idea-count").textContent = $("idea-text").value.length + " / 500 caractères";
    }

    $("idea-text").addEventListener("input", countChars);
    $("idea-form").addEventListener("submit", function (event) {
        event.preventDefault();
        var text = $("idea-text").value.trim();
        $("idea-status").textContent = "";
        if (!text) {
            showError("idea-error", "Écrivez votre idée avant de la publier.");
            return;
        }
        call("idea-error", "PostIdea", [text, $("idea-axis").value || null]).then(function (idea) {
            idea.isMine = true;
            mergeIdea(idea);
            $("idea-text").value = "";
            countChars();
            $("idea-status").textContent = "Votre idée est publiée.";
        }, ignore);
    });

    /* ---- events ---- */

    var handlers = {
        PresenceChanged: function (presence) {
            var opened = s.workshop.status !== "Live" && presence.status === "Live";
            s.presence = presence;
            s.workshop.status = presence.status;
            drawPhase();
            drawMe();
            if (opened) {
                say("L'atelier commence.");
            }
        },
        ItemFocused: function (focus) {
            s.focusedItemId = focus.agendaItemId;
            drawItem();
            var item = byId(s.agenda, focus.agendaItemId);
            if (item) {
                say("Point suivant : " + item.title);
            }
        },
        TimerChanged: function (timer) {
            offset = Date.parse(timer.serverTime) - Date.now();
            s.timer = timer;
            drawTimer();
        },
        PollOpened: function (poll) {
            s.polls.push(poll);
            drawPoll();
            RoadmapLive.announce($("room-shout"), "Un sondage est ouvert : " + poll.question);
        },
        PollResults: function (tally) {
            var poll = byId(s.polls, tally.pollId);
            /* A closed poll's late live results are stale; a final tally (the room's count, entered after the close) is not. */
            if (!poll || (closed[tally.pollId] && !tally.isFinal)) {
                return;
            }
            var counted = tally.hands && (!poll.results.hands || poll.results.hands.countedAt !== tally.hands.countedAt);
            poll.results = tally;
            poll.resultsWithheld = false;
            if (poll === currentPoll()) {
                drawResults(poll);
            }
            if (counted) {
                say("Décompte de la salle pour « " + poll.question + " » : " + sayBars(poll, tally.hands.bars) + ".");
            } else if (Date.now() - resultsSaidAt >= 10000) {
                resultsSaidAt = Date.now();
                say("Résultats mis à jour.");
            }
        },
        PollClosed: function (view) {
            var poll = byId(s.polls, view.pollId);
            closed[view.pollId] = true;
            if (!poll) {
                return;
            }
            poll.isOpen = false;
            poll.closedAt = view.closedAt;
            poll.results = view.results;
            poll.resultsWithheld = false;
            if (poll === currentPoll()) {
                drawPoll();
            }
            say("Sondage clos : " + poll.question + ". Résultats : " + sayBars(poll, view.results.bars) + ".");
        },
        IdeaPosted: mergeIdea,
        IdeaUpdated: mergeIdea,
        HandsChanged: handsChanged,
        WorkshopEnded: function () {
            s.workshop.status = "Closed";
            stopTimer();
            drawPhase();
            say("L'atelier est terminé.");
            live.stop();
        }
    };

    /* ---- connecting (a guest gives a name first, unless this browser already has their token) ---- */

    function failed(message) {
        var form = $("guest-form");
        if (form && !form.hidden) {
            showError("guest-name-erreur", message);
        } else {
            showError("room-alert", message);
        }
    }

    function start() {
        live = RoadmapLive.connect({
            joinCode: code,
            guestName: function () {
                return $("guest-name") ? $("guest-name").value.trim() : null;
            },
            status: $("room-status"),
            onJoined: joined,
            onError: failed,
            on: handlers
        });
    }

    function hasGuestToken() {
        try {
            return !!window.sessionStorage.getItem("roadmap.guest." + code.toUpperCase());
        } catch (e) {
            return false;
        }
    }

    if (isGuest && !hasGuestToken()) {
        $("guest-form").hidden = false;
        $("guest-form").addEventListener("submit", function (event) {
            event.preventDefault();
            var name = $("guest-name");
            if (name.value.trim().length < 2) {
                name.setAttribute("aria-invalid", "true");
                showError("guest-name-erreur", "Indiquez votre nom ou celui de votre structure (au moins 2 caractères).");
                name.focus();
                return;
            }
            name.removeAttribute("aria-invalid");
            showError("guest-name-erreur", "");
            if (live) {
                live.join().catch(ignore);
            } else {
                start();
            }
        });
    } else {
        start();
    }
}());

/*
 * Roadmap — the connection to a live workshop (docs/workshop-hub.md), shared by the participant
 * room, the facilitator console and the big screen. Needs lib/signalr/signalr.min.js first.
 *
 *   var live = RoadmapLive.connect({
 *     joinCode: "ABC234",
 *     guestName: function () { return null or "Name"; },   // asked only for a first guest join
 *     status: element,              // shows « Connexion… », « Reconnexion… », « Hors ligne »
 *     onJoined: function (joinResult) {},   // after every (re)join: redraw from joinResult.state
 *     onError: function (message) {},      // a French sentence to show
 *     on: { PollOpened: function (poll) {}, ... }
 *   });
 *   live.invoke("CastBallot", pollId, ballot).then(...);   // rejects with Error(French message)
 *   live.join();   // join again (e.g. once the guest typed a name)
 */
(function () {
    "use strict";

    var hubPath = "/hubs/workshop";
    var retryDelays = [0, 1000, 2000, 5000, 10000];
    var maximumRetryDelay = 30000;
    var notConnected = "Connexion en cours : réessayez dans un instant.";

    function guestKey(joinCode) {
        return "roadmap.guest." + joinCode.toUpperCase();
    }

    function storedGuestToken(joinCode) {
        try {
            return window.sessionStorage.getItem(guestKey(joinCode));
        } catch (e) {
            return null;
        }
    }

    function storeGuestToken(joinCode, token) {
        try {
            window.sessionStorage.setItem(guestKey(joinCode), token);
        } catch (e) {
            return;
        }
    }

    function hubUrl(joinCode) {
        var token = storedGuestToken(joinCode);
        return token ? hubPath + "?guestToken=" + encodeURIComponent(token) : hubPath;
    }

    /* SignalR prefixes a refusal with « An unexpected error occurred invoking 'X' on the server. HubException: »;
       the French sentence the hub put in its HubException follows. */
    var refusalMarker = "HubException: ";

    function messageOf(error) {
        var text = error && error.message ? error.message : String(error || "");
        var at = text.indexOf(refusalMarker);
        if (at >= 0) {
            text = text.slice(at + refusalMarker.length);
        }
        return text || "Une erreur inattendue est survenue : réessayez dans un instant.";
    }

    function setStatus(element, state, text) {
        if (!element) {
            return;
        }
        element.setAttribute("data-state", state);
        element.textContent = text;
    }

    function connect(options) {
        var joinCode = options.joinCode;
        var handlers = options.on || {};
        var joined = false;
        var stopped = false;
        var connection = new signalR.HubConnectionBuilder()
            .withUrl(hubUrl(joinCode))
            .withAutomaticReconnect({
                nextRetryDelayInMilliseconds: function (context) {
                    return context.previousRetryCount < retryDelays.length
                        ? retryDelays[context.previousRetryCount]
                        : maximumRetryDelay;
                }
            })
            .configureLogging(signalR.LogLevel.None)
            .build();

        Object.keys(handlers).forEach(function (name) {
            connection.on(name, function (payload) {
                if (joined) {
                    handlers[name](payload);
                }
            });
        });

        function fail(error) {
            if (options.onError) {
                options.onError(messageOf(error));
            }
        }

        function join() {
            var name = storedGuestToken(joinCode) || !options.guestName ? null : options.guestName();
            return connection.invoke("Join", joinCode, name).then(function (result) {
                if (result.guestToken) {
                    // Used from the next connection on (the URL may only change while disconnected or reconnecting).
                    storeGuestToken(joinCode, result.guestToken);
                }
                joined = true;
                setStatus(options.status, "connected", "");
                if (options.onJoined) {
                    options.onJoined(result);
                }
                return result;
            }, function (error) {
                joined = false;
                fail(error);
                throw error;
            });
        }

        function start() {
            setStatus(options.status, "connecting", "Connexion…");
            return connection.start().then(function () {
                return join().catch(function () {
                    return null;
                });
            }, function () {
                setStatus(options.status, "offline", "Hors ligne : nouvelle tentative dans quelques secondes…");
                window.setTimeout(restart, 5000);
            });
        }

        function restart() {
            if (!stopped && connection.state === signalR.HubConnectionState.Disconnected) {
                connection.baseUrl = hubUrl(joinCode);
                start();
            }
        }

        connection.onreconnecting(function () {
            joined = false;
            connection.baseUrl = hubUrl(joinCode);
            setStatus(options.status, "reconnecting", "Reconnexion…");
        });
        connection.onreconnected(function () {
            join().catch(function () {
                return null;
            });
        });
        connection.onclose(function () {
            joined = false;
            if (!stopped) {
                setStatus(options.status, "offline", "Hors ligne : nouvelle tentative dans quelques secondes…");
                window.setTimeout(restart, 2000);
            }
        });

        start();

        return {
            connection: connection,
            join: join,
            invoke: function () {
                if (connection.state !== signalR.HubConnectionState.Connected) {
                    return Promise.reject(new Error(notConnected));
                }
                return connection.invoke.apply(connection, arguments).catch(function (error) {
                    throw new Error(messageOf(error));
                });
            },
            stop: function () {
                stopped = true;
                return connection.stop();
            }
        };
    }

    /* Builds an element safely: text always through textContent, never HTML. */
    function element(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            var value = attributes[name];
            if (value === null || value === undefined || value === false) {
                return;
            }
            if (name === "text") {
                node.textContent = value;
            } else {
                node.setAttribute(name, value === true ? "" : String(value));
            }
        });
        (children || []).forEach(function (child) {
            if (child !== null && child !== undefined) {
                node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
            }
        });
        return node;
    }

    /* Says a sentence in a live region, even when it is the same sentence as last time. */
    function announce(region, text) {
        if (!region) {
            return;
        }
        region.textContent = "";
        window.setTimeout(function () {
            region.textContent = text;
        }, 50);
    }

    /* « 1 vote », « 3 votes » (French: 0 and 1 take the singular). */
    function plural(n, one, many) {
        return n + " " + (n <= 1 ? one : many);
    }

    /* 75 → « 1:15 », 3725 → « 1:02:05 »: the one clock format, as FrenchFormat.Clock writes it on the server. */
    function clock(seconds) {
        var h = Math.floor(seconds / 3600);
        var m = Math.floor(seconds % 3600 / 60);
        var sec = seconds % 60;
        return (h ? h + ":" + (m < 10 ? "0" : "") : "") + m + ":" + (sec < 10 ? "0" : "") + sec;
    }

    /* Whole seconds left until endsAt (an ISO date) on the server's clock, offset being
       server minus this device in ms; rounded up, so that 0 means over, in the room, on the screen and in the console alike. */
    function secondsLeft(endsAt, offset) {
        return Math.max(0, Math.ceil((Date.parse(endsAt) - Date.now() - offset) / 1000));
    }

    /* Counts down to endsAt once a second on the server's clock (offset: server minus this device, in ms);
       show(left) draws it, left in whole seconds, 0 once elapsed. Returns what stops the count. */
    function countdown(endsAt, offset, show) {
        var id = null;
        function tick() {
            var left = secondsLeft(endsAt, offset);
            show(left);
            if (!left && id !== null) {
                window.clearInterval(id);
            }
            return left;
        }
        if (tick()) {
            id = window.setInterval(tick, 1000);
        }
        return function () {
            window.clearInterval(id);
        };
    }

    /* The label of a result bar computed by the server (PollTally.Bars): the option's text, or « Note 3 ». */
    function barLabel(poll, bar) {
        var option = poll.options.filter(function (o) { return o.id === bar.optionId; })[0];
        return bar.label || (option ? option.text : "");
    }

    window.RoadmapLive = {
        connect: connect, element: element, announce: announce, plural: plural, clock: clock, secondsLeft: secondsLeft, countdown: countdown, barLabel: barLabel
    };
}());

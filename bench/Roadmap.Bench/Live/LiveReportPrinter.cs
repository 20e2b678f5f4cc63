using System.Globalization;
using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>The printed report of the live mode (French, like the rest of the bench).</summary>
internal static class LiveReportPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Header(LiveOptions options) => Line(
        $"Roadmap.Bench live — {Environment.ProcessorCount} cœurs, {options.Participants} participant·es (WebSockets, processus client séparé), vote dans une fenêtre de {options.VoteWindowSeconds} s");

    public static void Print(LiveRun run)
    {
        var (floor, live) = (run.Floor, run.Live);
        Console.WriteLine();
        Line($"Connexion (plancher)          : {Connect(run.FloorConnect)}");
        Line($"Connexion + Join (atelier)    : {Connect(run.LiveConnect)}");
        Line($"CPU du serveur par Join       : {PerConnection(run.LiveMemory.CpuTime, run.LiveConnect.Connected)} ms (connexion WebSocket comprise)");
        Line($"Mémoire serveur / connexion   : plancher {Kb(run.FloorMemory.GcHeapBytes, run.FloorConnect.Connected)} Ko de tas GC, {Kb(run.FloorMemory.WorkingSetBytes, run.FloorConnect.Connected)} Ko de working set ; atelier {Kb(run.LiveMemory.GcHeapBytes, run.LiveConnect.Connected)} Ko de tas GC, {Kb(run.LiveMemory.WorkingSetBytes, run.LiveConnect.Connected)} Ko de working set");
        Console.WriteLine();
        Line($"Plancher (hub nu, 1 diffusion / 200 ms pendant {run.Options.VoteWindowSeconds} s) : {run.FloorBroadcasts} diffusions envoyées, {floor.Received} messages reçus sur {floor.Expected} attendus");
        Line($"  latence envoi serveur → réception : {Percentiles(floor.Latency)}");
        Line($"Atelier : {live.Acknowledged} votes acquittés, {live.Refused} refusés ou en erreur, en {live.VotingSeconds:0.0} s");
        Line($"  latence vote → résultats (par participant·e, depuis l'envoi du vote) : {Percentiles(live.Latency)}");
        Line($"    depuis l'acquittement du vote : {Percentiles(live.LatencyFromAcknowledgement)}");
        Line($"    aller-retour CastBallot (envoi → acquittement) : {Percentiles(live.BallotRoundTrip)}");
        if (run.Batches is { } batches)
        {
            Line($"    écriture des bulletins : {batches.Batches} lots (taille moyenne {batches.MeanSize:0.0}, max {batches.MaxSize}), durée p50 {batches.P50Milliseconds:0.0} ms, p95 {batches.P95Milliseconds:0.0} ms ; occupée {batches.BusyShare:P0} de la fenêtre de vote");
        }

        Line($"    {live.Crossed} ont reçu les résultats avant l'acquittement de leur vote, {live.WithoutResults} votes acquittés sans résultats reçus");
        Line($"  ratio atelier / plancher : p50 × {live.Latency.P50 / floor.Latency.P50:0.0}, p95 × {live.Latency.P95 / floor.Latency.P95:0.0}");
        Line($"  messages envoyés par le serveur (envois de groupe avant diffusion) : {run.ServerSends.Values.Sum()} ({Events(run.ServerSends)})");
        Line($"  messages reçus par l'ensemble des participant·es : {live.MessagesReceived} ({Events(live.ReceivedByEvent)})");
        Line($"  CPU du serveur pendant le vote : {run.LiveCpu.TotalSeconds:0.0} s");
        Console.WriteLine();
        Line($"Décompte clos : {live.ClosedBallots} bulletins [{string.Join(", ", live.ClosedPerOption)}] ; acquittés : {live.Acknowledged} [{string.Join(", ", live.AcknowledgedPerOption)}] ; en base : {run.StoredBallots} ; PollClosed reçu par {live.SawClosed}/{live.Participants}, {live.SawDifferentClose} différent(s)");
        Console.WriteLine(run.TallyHolds ? "Décompte : OK (ni bulletin perdu, ni bulletin en double)" : "Décompte : ÉCART (MISMATCH)");
        if (!run.Complete)
        {
            Console.WriteLine("Incomplet : des connexions ou des votes ont échoué (voir ci-dessous).");
        }

        foreach (var error in live.Errors)
        {
            Console.WriteLine("  " + error);
        }

        Line($"Objectif (p95 < {LiveRun.TargetP95Milliseconds:0} ms, aucun bulletin perdu ni en double) : {(run.MeetsTarget ? "atteint" : "non atteint")}");
    }

    public static void Print(StormRun run)
    {
        var storm = run.Report;
        Console.WriteLine();
        Line($"Tempête de reconnexions : {storm.Dropped} connexions coupées d'un coup, {storm.Returned} revenues (jeton, Join, GetState), {storm.Failed} échecs, {storm.Stale} avec un état différent du serveur");
        Line($"  tous revenus en {storm.RecoveredSeconds:0.0} s (par participant·e p50 {storm.PerReturn.P50:0} ms, p95 {storm.PerReturn.P95:0} ms)");
        Line($"  CPU du serveur jusqu'au dernier retour : {run.ReturnCpu.TotalSeconds:0.0} s, {PerConnection(run.ReturnCpu, storm.Returned)} ms par retour (départ, connexion, Join, GetState)");
        Line($"  présence lue par l'animation : {storm.ServerPresent} sur {storm.ExpectedPresent} attendues, {storm.PresenceSeconds:0.0} s après la coupure");
        Line($"  premier scrutin après la tempête : {storm.FirstPollBallotsAfter} bulletins ; acquittés avant : {run.FirstAcknowledged}");
        Line($"  second scrutin : clos {storm.SecondClosedBallots} [{string.Join(", ", storm.SecondClosedPerOption)}] ; acquittés : {storm.SecondAcknowledged} [{string.Join(", ", storm.SecondAcknowledgedPerOption)}], {storm.SecondRefused} refusés ; en base : {run.StoredSecond} ; PollClosed reçu par {storm.SawSecondClosed}/{storm.Returned}, {storm.SawDifferentSecondClose} différent(s)");
        Console.WriteLine(run.TallyHolds ? "Décompte après la tempête : OK" : "Décompte après la tempête : ÉCART (MISMATCH)");
        foreach (var error in storm.Errors)
        {
            Console.WriteLine("  " + error);
        }

        Line($"Objectif (tous revenus avec un état à jour en moins de {StormRun.TargetSeconds:0} s, présence exacte, rien de perdu) : {(run.MeetsTarget ? "atteint" : "non atteint")}");
    }

    private static string Connect(ConnectReport r) =>
        string.Create(Invariant, $"{r.Connected} ouvertes, {r.Failed} échecs, en {r.Seconds:0.0} s (par connexion p50 {r.PerConnection.P50:0} ms, p95 {r.PerConnection.P95:0} ms)");

    private static string Percentiles(Percentiles p) =>
        string.Create(Invariant, $"p50 {p.P50:0.0} ms, p95 {p.P95:0.0} ms, p99 {p.P99:0.0} ms, max {p.Max:0.0} ms (n = {p.Count})");

    private static string PerConnection(TimeSpan cpu, int connections) => connections == 0 ? "?" : (cpu.TotalMilliseconds / connections).ToString("0.0", Invariant);

    private static string Kb(long bytes, int connections) => connections == 0 ? "?" : (bytes / 1024.0 / connections).ToString("0.0", Invariant);

    private static string Events(IReadOnlyDictionary<string, long> byEvent) =>
        string.Join(", ", byEvent.OrderByDescending(e => e.Value).Select(e => string.Create(Invariant, $"{e.Key} {e.Value}")));

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}

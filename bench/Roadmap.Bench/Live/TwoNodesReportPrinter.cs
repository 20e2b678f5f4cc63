using System.Globalization;

namespace Roadmap.Bench.Live;

/// <summary>What the two-node mode prints around <see cref="LiveReportPrinter"/>'s report (French, like the rest of the bench).</summary>
internal static class TwoNodesReportPrinter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly NumberFormatInfo Thousands = new() { NumberGroupSeparator = " " };

    public static void Topology(TwoNodesSite site, TwoNodesOptions options)
    {
        Line($"Deux nœuds dans ce processus : A {site.Nodes[0].BaseAddress}, B {site.Nodes[1].BaseAddress} (Kestrel), une base PostgreSQL neuve, Redis {options.Redis}");
        Line($"derrière nginx {site.Address} (deploy/nginx/roadmap.conf, certificat jetable) ; le client pose le cookie roadmap_noeud a / b une connexion sur deux");
        Line($"Plancher : à travers nginx sur les deux nœuds, diffusé par le nœud A, relayé au nœud B par Redis");
    }

    public static void Print(TwoNodesRun run)
    {
        Console.WriteLine();
        Line($"Connexions WebSocket ouvertes, comptées par chaque nœud : plancher {Open(run.FloorOpen)} ; atelier {Open(run.LiveOpen)} (animation comprise, sur A)");
        foreach (var node in run.Nodes)
        {
            Line($"  cookie {node.Node} : {node.Participants} participant·es, PollClosed reçu par {node.SawClosed}, {node.SawDifferentClose} différent(s) du décompte clos ; vote → résultats p50 {node.Latency.P50:0.0} ms, p95 {node.Latency.P95:0.0} ms, p99 {node.Latency.P99:0.0} ms");
        }

        Console.WriteLine(run.Spread ? "Répartition : OK (les deux nœuds servent des participant·es, même décompte clos de part et d'autre)" : "Répartition : ÉCART");
        Line($"Objectif deux nœuds (p95 < {TwoNodesRun.TargetP95Milliseconds:0} ms pour {TwoNodesRun.TargetParticipants.ToString("#,0", Thousands)} participant·es derrière nginx, aucun bulletin perdu ni en double) : {(run.MeetsTarget ? "atteint" : "non atteint")}");
    }

    private static string Open(IReadOnlyList<int> open) =>
        string.Join(", ", open.Select((count, i) => string.Create(Invariant, $"{(char)('A' + i)} {count}")));

    private static void Line(FormattableString text) => Console.WriteLine(text.ToString(Invariant));
}

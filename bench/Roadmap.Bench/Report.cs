using System.Globalization;

namespace Roadmap.Bench;

/// <summary>The printed table: absolute figures, then each one as a ratio to the floor measured in the same run.</summary>
internal static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(IReadOnlyList<ScenarioResult> results)
    {
        var floor = results[0];
        var width = results.Max(r => r.Scenario.Name.Length);
        Console.WriteLine();
        Console.WriteLine(string.Create(Invariant,
            $"{"scénario".PadRight(width)} {"requêtes",9} {"erreurs",7} {"req/s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"octets",9} │ {"débit/plancher",14} {"p50 ×",7} {"p95 ×",7} {"p99 ×",7}"));
        Console.WriteLine(new string('─', width + 124));
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(Invariant,
                $"{r.Scenario.Name.PadRight(width)} {r.Requests,9} {r.Failures,7} {r.Throughput,9:0.0} {r.P50,8:0.00} {r.P95,8:0.00} {r.P99,8:0.00} {r.Bytes,9} │ {r.Throughput / floor.Throughput,14:0.000} {r.P50 / floor.P50,7:0.0} {r.P95 / floor.P95,7:0.0} {r.P99 / floor.P99,7:0.0}"));
        }

        Console.WriteLine();
        Console.WriteLine("débit/plancher : part du débit du plancher (1 = aussi rapide) ; p50 × … : latence en multiples de celle du plancher.");
        Console.WriteLine("« Plancher de nouveau » : le même fichier mesuré en fin de banc ; loin de 1, la machine a changé de vitesse pendant le banc.");
    }
}

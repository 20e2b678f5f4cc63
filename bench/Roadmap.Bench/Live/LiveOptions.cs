using System.Globalization;

namespace Roadmap.Bench.Live;

/// <summary>The flags of the « live » mode; each value is bounded.</summary>
internal sealed record LiveOptions(int Participants, int VoteWindowSeconds, int Concurrency, int Seed)
{
    public static readonly LiveOptions Default = new(Participants: 2_000, VoteWindowSeconds: 10, Concurrency: 50, Seed: 20_260_509);

    public const string Usage = """
        Usage : dotnet run -c Release --project bench/Roadmap.Bench -- live [options]
          --participants N  participant·es connecté·es en WebSockets (défaut 2000, 1 à 5000)
          --window N        fenêtre de vote en secondes, et durée du plancher (défaut 10, 1 à 60)
          --concurrency N   connexions ouvertes en même temps (défaut 50, 1 à 500)
          --seed N          graine des instants et des choix de vote (défaut 20260509)
        """;

    public static LiveOptions? Parse(IReadOnlyList<string> args)
    {
        var options = Default;
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || !int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            options = args[i] switch
            {
                "--participants" => options with { Participants = Math.Clamp(value, 1, 5_000) },
                "--window" => options with { VoteWindowSeconds = Math.Clamp(value, 1, 60) },
                "--concurrency" => options with { Concurrency = Math.Clamp(value, 1, 500) },
                "--seed" => options with { Seed = value },
                _ => null!,
            };
            if (options is null)
            {
                return null;
            }
        }

        return options;
    }
}

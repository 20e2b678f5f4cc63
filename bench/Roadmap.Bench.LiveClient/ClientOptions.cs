using System.Globalization;

namespace Roadmap.Bench.LiveClient;

/// <summary>The client's command line, written by the bench host.</summary>
internal sealed record ClientOptions(Uri Url, string JoinCode, int Participants, int VoteWindowSeconds, int Concurrency, int Seed)
{
    public static ClientOptions Parse(string[] args)
    {
        string Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault()
            ?? throw new ArgumentException($"Option {name} manquante.");
        int Number(string name) => int.Parse(Value(name), CultureInfo.InvariantCulture);
        return new ClientOptions(new Uri(Value("--url")), Value("--code"), Number("--participants"), Number("--window"), Number("--concurrency"), Number("--seed"));
    }
}

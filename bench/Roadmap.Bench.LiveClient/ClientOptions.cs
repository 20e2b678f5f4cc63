using System.Globalization;

namespace Roadmap.Bench.LiveClient;

/// <summary>The client's command line, written by the bench host.</summary>
internal sealed record ClientOptions(Uri Url, string JoinCode, int Participants, int VoteWindowSeconds, int Concurrency, int Seed)
{
    /// <summary>Nodes behind nginx that the connections are spread over in turn (see <see cref="NodeRoute"/>); 1 = none.</summary>
    public int Nodes { get; init; } = 1;

    /// <summary>The thumbprint of the one self-signed certificate accepted (nginx's throwaway one), if any.</summary>
    public string? Trust { get; init; }

    public static ClientOptions Parse(string[] args)
    {
        string? Optional(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        string Value(string name) => Optional(name) ?? throw new ArgumentException($"Option {name} manquante.");
        int Number(string name) => int.Parse(Value(name), CultureInfo.InvariantCulture);
        return new ClientOptions(new Uri(Value("--url")), Value("--code"), Number("--participants"), Number("--window"), Number("--concurrency"), Number("--seed"))
        {
            Nodes = Optional("--nodes") is null ? 1 : Number("--nodes"),
            Trust = Optional("--trust"),
        };
    }
}

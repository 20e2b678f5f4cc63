namespace Roadmap.Bench.Live;

/// <summary>The flags of « live --nodes 2 »: the live options, plus the PostgreSQL server, Redis and nginx that two nodes need.</summary>
internal sealed record TwoNodesOptions(LiveOptions Live, string Server, string Redis, string Nginx)
{
    public const string Usage = """
        Deux nœuds derrière nginx : … -- live --nodes 2 --provider PostgreSql --connection CS --redis HÔTE:PORT [--nginx CHEMIN] [options ci-dessus]
          --nodes 2         deux nœuds de l'application (dans ce processus) sur une base PostgreSQL neuve, reliés par Redis, derrière nginx
          --provider NOM    PostgreSql (la base que les deux nœuds partagent)
          --connection CS   chaîne de connexion du serveur PostgreSQL (ex. "Host=127.0.0.1;Port=55800;Username=postgres;Database=postgres")
          --redis HÔTE:PORT serveur Redis du fond de panier SignalR (ex. 127.0.0.1:56800)
          --nginx CHEMIN    exécutable nginx (défaut /usr/sbin/nginx)
        """;

    private static readonly string[] Names = ["--nodes", "--provider", "--connection", "--redis", "--nginx"];

    public static bool Requested(IReadOnlyList<string> args) => args.Contains("--nodes");

    public static TwoNodesOptions? Parse(IReadOnlyList<string> args)
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        var rest = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            if (!Names.Contains(args[i]))
            {
                rest.Add(args[i]);
            }
            else if (i + 1 < args.Count)
            {
                named[args[i]] = args[++i];
            }
            else
            {
                return null;
            }
        }

        var live = LiveOptions.Parse(rest);
        return live is null
            || named.GetValueOrDefault("--nodes") != "2"
            || named.GetValueOrDefault("--provider") != BenchDatabase.PostgreSql
            || !named.TryGetValue("--connection", out var server)
            || !named.TryGetValue("--redis", out var redis)
            ? null
            : new TwoNodesOptions(live, server, redis, named.GetValueOrDefault("--nginx", "/usr/sbin/nginx"));
    }
}

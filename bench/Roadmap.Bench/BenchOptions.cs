using System.Globalization;

namespace Roadmap.Bench;

/// <summary>Command-line flags; every value is bounded so a typo cannot start an endless run.</summary>
internal sealed record BenchOptions(int Seconds, int WarmupSeconds, int Clients, int Actions, int Comments, int HotComments, long MaxRequests)
{
    /// <summary>Runs only the scenarios whose name contains this text (the floor always runs).</summary>
    public string? Only { get; init; }

    /// <summary>Measures the open data downloads (ExportBench) instead of the load scenarios.</summary>
    public bool Exports { get; init; }

    /// <summary>A database file kept after the run; when it already exists it is reused as is (no seeding). SQLite only.</summary>
    public string? Database { get; init; }

    /// <summary><c>Sqlite</c> (default) or <c>PostgreSql</c>, measured on a fresh database created on <see cref="Server"/>.</summary>
    public string Provider { get; init; } = BenchDatabase.Sqlite;

    /// <summary>Each request gets a query parameter of its own, so the public page cache never answers: what rendering costs.</summary>
    public bool BypassCache { get; init; }

    /// <summary>The PostgreSQL server's connection string (its database is where the run's own database is created from).</summary>
    public string? Server { get; init; }

    public static readonly BenchOptions Default = new(Seconds: 8, WarmupSeconds: 2, Clients: 16, Actions: 10_000, Comments: 100_000, HotComments: 1_000, MaxRequests: 2_000_000);

    public const string Usage = """
        Usage : dotnet run -c Release --project bench/Roadmap.Bench -- [options]
          --seconds N       durée mesurée par scénario (défaut 8, 1 à 120)
          --warmup N        échauffement non mesuré par scénario (défaut 2, 0 à 30)
          --clients N       clients HTTP concurrents (défaut 16, 1 à 256)
          --actions N       actions créées (défaut 10000, 10 à 200000)
          --comments N      commentaires créés (défaut 100000, 0 à 2000000)
          --hot-comments N  commentaires sur l'action « très commentée » (défaut 1000, inclus dans --comments)
          --max-requests N  plafond de requêtes par scénario (défaut 2000000)
          --database FICHIER  garde la base SQLite dans FICHIER ; si elle existe, la réutilise sans la remplir
          --only TEXTE      seulement les scénarios dont le nom contient TEXTE (le plancher est toujours mesuré)
          --provider NOM    Sqlite (défaut) ou PostgreSql : une base neuve est créée sur le serveur de --connection, puis supprimée
          --connection CS   chaîne de connexion du serveur PostgreSQL (ex. "Host=127.0.0.1;Port=25432;Username=postgres;Database=postgres")
          --sans-cache      chaque requête a un paramètre à elle : le cache des pages publiques ne répond jamais (coût du rendu)
        Exports de données ouvertes : dotnet run -c Release --project bench/Roadmap.Bench -- export [--actions N] [--comments N] [--database FICHIER]
        Atelier en direct : dotnet run -c Release --project bench/Roadmap.Bench -- live --help
        """;

    public static BenchOptions? Parse(string[] args)
    {
        var options = Default;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--sans-cache")
            {
                options = options with { BypassCache = true };
                continue;
            }

            if (args[i] is "--only" or "--database" or "--provider" or "--connection" && i + 1 < args.Length)
            {
                var text = args[i + 1];
                options = args[i++] switch
                {
                    "--only" => options with { Only = text },
                    "--database" => options with { Database = Path.GetFullPath(text) },
                    "--connection" => options with { Server = text },
                    _ => text is BenchDatabase.Sqlite or BenchDatabase.PostgreSql ? options with { Provider = text } : null!,
                };
                if (options is null)
                {
                    return null;
                }

                continue;
            }

            if (args[i] is "-h" or "--help" || i + 1 >= args.Length || !long.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                return null;
            }

            options = args[i++] switch
            {
                "--seconds" => options with { Seconds = (int)Math.Clamp(value, 1, 120) },
                "--warmup" => options with { WarmupSeconds = (int)Math.Clamp(value, 0, 30) },
                "--clients" => options with { Clients = (int)Math.Clamp(value, 1, 256) },
                "--actions" => options with { Actions = (int)Math.Clamp(value, 10, 200_000) },
                "--comments" => options with { Comments = (int)Math.Clamp(value, 0, 2_000_000) },
                "--hot-comments" => options with { HotComments = (int)Math.Clamp(value, 0, 100_000) },
                "--max-requests" => options with { MaxRequests = Math.Clamp(value, 1, 100_000_000) },
                _ => null!,
            };
            if (options is null)
            {
                return null;
            }
        }

        // A PostgreSQL run needs its server and creates a fresh database each time: --database names a SQLite file.
        var postgreSql = options.Provider == BenchDatabase.PostgreSql;
        if (postgreSql ? options.Server is null || options.Database is not null : options.Server is not null)
        {
            return null;
        }

        return options with { HotComments = Math.Min(options.HotComments, options.Comments) };
    }
}

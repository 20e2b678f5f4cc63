using System.Globalization;
using Microsoft.Data.Sqlite;
using Roadmap.Bench.Live;

namespace Roadmap.Bench;

/// <summary>
/// Seeds a temporary SQLite database, or a fresh PostgreSQL one with --provider PostgreSql (10,000 actions, 100,000 comments by default), starts the real
/// Roadmap.Web on 127.0.0.1, drives each scenario with concurrent clients and prints throughput,
/// latency percentiles and their ratios to a trivial static file served by the same app in the same run.
/// With « live » as first argument, runs the live-workshop load instead (see Live/LiveBench); with
/// « export », the open data downloads (see ExportBench) on the same data; « live --nodes 2 », the live load on two
/// nodes behind nginx (see Live/TwoNodesBench).
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var liveMode = args.Length > 0 && args[0] == "live";
        var exportMode = args.Length > 0 && args[0] == "export";
        var nodes = liveMode && TwoNodesOptions.Requested(args) ? TwoNodesOptions.Parse(args[1..]) : null;
        LiveOptions? live = null;
        BenchOptions? options = null;
        if (liveMode ? (live = nodes?.Live ?? LiveOptions.Parse(args[1..])) is null : (options = BenchOptions.Parse(exportMode ? args[1..] : args)) is null)
        {
            Console.Error.WriteLine(liveMode ? LiveOptions.Usage + Environment.NewLine + TwoNodesOptions.Usage : BenchOptions.Usage);
            return 2;
        }

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        // WebApplicationFactory finds Roadmap.Web's content root through a manifest it reads from the current directory.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var folder = Path.Combine(Path.GetTempPath(), "roadmap-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            return nodes is not null ? await TwoNodesBench.RunAsync(nodes, folder, cancellation.Token)
                : live is not null ? await LiveBench.RunAsync(live, folder, cancellation.Token)
                : await RunAsync(options! with { Exports = exportMode }, folder, cancellation.Token);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            TryDelete(folder);
        }
    }

    private static async Task<int> RunAsync(BenchOptions options, string folder, CancellationToken cancellationToken)
    {
        if (options.Server is null)
        {
            return await RunAsync(options, BenchDatabase.SqliteFile(options.Database ?? Path.Combine(folder, "roadmap.db")), folder, cancellationToken);
        }

        var database = await BenchDatabase.CreatePostgreSqlAsync(options.Server, cancellationToken);
        try
        {
            return await RunAsync(options, database, folder, cancellationToken);
        }
        finally
        {
            await database.DropAsync(options.Server);
        }
    }

    private static async Task<int> RunAsync(BenchOptions options, BenchDatabase database, string folder, CancellationToken cancellationToken)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Roadmap.Bench — {Environment.ProcessorCount} cœurs, {database.Provider}, {options.Clients} clients, {options.Seconds} s mesurées (+{options.WarmupSeconds} s d'échauffement) par scénario"));
        var reuse = options.Database is not null && File.Exists(options.Database);
        Console.Write(reuse ? $"Base existante {options.Database}… " : "Préparation des données… ");
        var data = reuse
            ? await BenchSeeder.LoadAsync(database, folder, cancellationToken)
            : await BenchSeeder.SeedAsync(database, folder, options, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{data.Actions} actions, {data.Comments} commentaires ({data.HotComments} sur une seule action), {data.Supports} soutiens en {data.Took.TotalSeconds:0.0} s."));

        await using var app = await BenchApp.StartAsync(database, cancellationToken);
        if (options.Exports)
        {
            return await ExportBench.RunAsync(app, data, cancellationToken);
        }

        using var client = app.CreateLoadClient(options.Clients);
        var scenarios = Scenarios(data)
            .Where((s, i) => i == 0 || options.Only is null || s.Name.Contains(options.Only, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var session = scenarios.Any(s => s.SignedIn) ? await BenchSession.SignInAsync(app, data, cancellationToken) : null;
        var runner = new LoadRunner(client, options, session);
        foreach (var scenario in scenarios)
        {
            using var request = runner.Request(scenario);
            using var check = await client.SendAsync(request, cancellationToken);
            if (!check.IsSuccessStatusCode)
            {
                Console.Error.WriteLine($"« {scenario.Name} » ({scenario.Path}) répond {(int)check.StatusCode} : banc interrompu.");
                return 1;
            }

            if (scenario.SignedIn && !await ShowsTheSessionAsync(runner, client, scenario, check, cancellationToken))
            {
                Console.Error.WriteLine($"« {scenario.Name} » ({scenario.Path}) ne montre pas la session : banc interrompu.");
                return 1;
            }
        }

        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            Console.Write($"  {scenario.Name}… ");
            var result = await runner.RunAsync(scenario, cancellationToken);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Throughput:0.0} req/s"));
            results.Add(result);
        }

        // The floor once more: this machine's speed drifts within minutes, and every ratio above is to the first floor.
        var again = await runner.RunAsync(scenarios[0] with { Name = "Plancher de nouveau, en fin de banc" }, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {again.Scenario.Name}… {again.Throughput:0.0} req/s"));
        results.Add(again);

        Report.Print(results);
        return results.Any(r => r.Failures > 0) ? 1 : 0;
    }

    /// <summary>
    /// A page shows the session in its header; the JSON API shows nothing of it, so the session must open a route only
    /// a signed-in caller may read, and the scenario's answer must not come from the public cache (no <c>Age</c>).
    /// </summary>
    private static async Task<bool> ShowsTheSessionAsync(LoadRunner runner, HttpClient client, Scenario scenario, HttpResponseMessage check, CancellationToken cancellationToken)
    {
        if (!scenario.Path.StartsWith("/api/", StringComparison.Ordinal))
        {
            return (await check.Content.ReadAsStringAsync(cancellationToken)).Contains("Se déconnecter", StringComparison.Ordinal);
        }

        using var mine = runner.Request(scenario with { Path = "/api/v1/me/notifications" });
        using var mineAnswer = await client.SendAsync(mine, cancellationToken);
        using var again = runner.Request(scenario);
        using var againAnswer = await client.SendAsync(again, cancellationToken);
        return mineAnswer.IsSuccessStatusCode && againAnswer.IsSuccessStatusCode && againAnswer.Headers.Age is null;
    }

    /// <summary>The first scenario is the floor every other one is compared with.</summary>
    private static List<Scenario> Scenarios(SeededData data)
    {
        var page = $"/feuilles-de-route/{data.Slug}";
        var api = $"/api/v1/roadmaps/{data.Slug}/actions";
        var text = Uri.EscapeDataString("numérique");
        return
        [
            new("Plancher : fichier statique /favicon.svg", "/favicon.svg"),
            new("/health (vérifie la base)", "/health"),
            new("Page feuille de route", page),
            new("Page recherche axe + statut", $"{page}/actions?axe={data.FirstAxisId}&statut=Proposed"),
            new("API recherche axe + statut", $"{api}?axis={data.FirstAxisId}&status=Proposed"),
            new("Page recherche texte « numérique »", $"{page}/actions?q={text}"),
            new("API recherche texte « numérique »", $"{api}?q={text}"),
            new("API liste (plus soutenues, page 1)", api),
            new("API liste aléatoire (graine fixe, page 3)", $"{api}?sort=random&seed=42&page=3"),
            new($"Page action très commentée", $"{page}/actions/{data.HotActionId}"),
            new("Page feuille de route (connecté·e)", page, SignedIn: true),
            new("Page recherche axe + statut (connecté·e)", $"{page}/actions?axe={data.FirstAxisId}&statut=Proposed", SignedIn: true),
            new("API recherche axe + statut (connecté·e)", $"{api}?axis={data.FirstAxisId}&status=Proposed", SignedIn: true),
            new("Page recherche texte « numérique » (connecté·e)", $"{page}/actions?q={text}", SignedIn: true),
            new("API recherche texte « numérique » (connecté·e)", $"{api}?q={text}", SignedIn: true),
            new("API liste (plus soutenues, page 1) (connecté·e)", api, SignedIn: true),
            new("API liste aléatoire (graine fixe, page 3) (connecté·e)", $"{api}?sort=random&seed=42&page=3", SignedIn: true),
            new("Page action très commentée (connecté·e)", $"{page}/actions/{data.HotActionId}", SignedIn: true),
            new("Page tableau de bord (suivi)", $"{page}/suivi"),
            new("API tableau de bord", $"/api/v1/roadmaps/{data.Slug}/dashboard"),
        ];
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            Console.Error.WriteLine($"Dossier temporaire non supprimé : {folder}");
        }
    }
}

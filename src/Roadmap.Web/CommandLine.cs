using Roadmap.Application.Common;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Territories.ImportTerritory;
using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Web;

/// <summary>
/// Administrative commands: <c>dotnet run --project src/Roadmap.Web -- create-admin &lt;email&gt; [--promote]</c>
/// and <c>import-territory &lt;code du département&gt;</c>.
/// </summary>
internal static class CommandLine
{
    private const string PromoteFlag = "--promote";

    private const string ImportTerritoryCommand = "import-territory";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] is "create-admin" or ImportTerritoryCommand;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args[0] == ImportTerritoryCommand)
        {
            return await ImportTerritoryAsync(app, args);
        }

        var email = args.Skip(1).FirstOrDefault(a => a != PromoteFlag);
        if (email is null || !email.Contains('@', StringComparison.Ordinal) || args.Length > 3)
        {
            await Console.Error.WriteLineAsync($"Usage : create-admin <email> [{PromoteFlag}]   (le mot de passe est demandé, ou lu sur l'entrée standard)");
            return 2;
        }

        await DatabaseSetup.PrepareAsync(app.Services);
        var password = ConsolePassword.Read();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("Aucun mot de passe fourni.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<AdminAccountCreator>().CreateAsync(email, password, promote: args.Contains(PromoteFlag));
        foreach (var error in result.Errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        Console.WriteLine(Describe(result.Outcome, email));
        return result.Outcome is AdminAccountOutcome.Created or AdminAccountOutcome.Promoted ? 0 : 1;
    }

    internal static string Describe(AdminAccountOutcome outcome, string email) => outcome switch
    {
        AdminAccountOutcome.Created => $"Compte administrateur {email} créé.",
        AdminAccountOutcome.Promoted => $"Le compte existant {email} est maintenant administrateur : son mot de passe a été remplacé par celui saisi et ses sessions ouvertes ont été fermées.",
        AdminAccountOutcome.RefusedExisting => $"Refusé : l'adresse {email} a déjà un compte, qui n'a pas été modifié. Pour en faire un administrateur et remplacer son mot de passe, relancez avec {PromoteFlag}.",
        _ => $"Rien n'a été modifié pour {email} : corrigez les erreurs ci-dessus.",
    };

    private static async Task<int> ImportTerritoryAsync(WebApplication app, string[] args)
    {
        if (args.Length != 2)
        {
            await Console.Error.WriteLineAsync($"Usage : {ImportTerritoryCommand} <code du département>   (par exemple : {ImportTerritoryCommand} 72)");
            return 2;
        }

        await DatabaseSetup.PrepareAsync(app.Services);
        var (exitCode, message) = await ImportTerritoryAsync(app.Services, args[1]);
        await (exitCode == 0 ? Console.Out : Console.Error).WriteLineAsync(message);
        return exitCode;
    }

    /// <summary>Runs the import as the server's operator (journal: « Ligne de commande »); the exit code and the French message to print.</summary>
    internal static async Task<(int ExitCode, string Message)> ImportTerritoryAsync(IServiceProvider services, string departementCode)
    {
        await using var scope = services.CreateAsyncScope();
        try
        {
            var result = await scope.ServiceProvider.GetRequiredService<TerritoryImporter>().ImportAsync(departementCode, CancellationToken.None);
            return (0, Describe(result));
        }
        catch (ValidationFailedException refused)
        {
            return (1, string.Join(" ", refused.Errors.SelectMany(e => e.Value)));
        }
    }

    internal static string Describe(TerritoryImportResult result) =>
        $"""
        Territoire importé : {result.DepartementName} ({result.DepartementCode}), {result.Population.ToString("N0", FrenchFormat.Culture)} habitant·es.
          Département : {Counts(result.Departement)}
          EPCI : {result.Epcis.Total} — {Counts(result.Epcis)}
          Communes : {result.Communes.Total} — {Counts(result.Communes)}
        """.Replace('\u202F', ' ').Replace('\u00A0', ' ');

    private static string Counts(ImportCounts counts) =>
        $"{counts.Created} créé(s), {counts.Updated} mis à jour, {counts.Unchanged} inchangé(s)";
}

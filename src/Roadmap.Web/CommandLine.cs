using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Web;

/// <summary>Administrative commands: <c>dotnet run --project src/Roadmap.Web -- create-admin &lt;email&gt; [--promote]</c>.</summary>
internal static class CommandLine
{
    private const string PromoteFlag = "--promote";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
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
}

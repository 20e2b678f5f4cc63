using Roadmap.Infrastructure.Seeding;

namespace Roadmap.Web;

/// <summary>Administrative commands: <c>dotnet run --project src/Roadmap.Web -- create-admin &lt;email&gt;</c>.</summary>
internal static class CommandLine
{
    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        if (args.Length < 2 || !args[1].Contains('@', StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync("Usage : create-admin <email>   (le mot de passe est demandé, ou lu sur l'entrée standard)");
            return 2;
        }

        await DatabaseSetup.PrepareAsync(app.Services, seedDemo: false);
        var password = ReadPassword();
        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync("Aucun mot de passe fourni.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var errors = await scope.ServiceProvider.GetRequiredService<AdminAccountCreator>().CreateAsync(args[1], password);
        foreach (var error in errors)
        {
            await Console.Error.WriteLineAsync(error);
        }

        if (errors.Count == 0)
        {
            Console.WriteLine($"Le compte administrateur {args[1]} est prêt.");
        }

        return errors.Count == 0 ? 0 : 1;
    }

    private static string? ReadPassword()
    {
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        Console.Write("Mot de passe : ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}

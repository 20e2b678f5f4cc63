using System.Diagnostics;

namespace Roadmap.E2E.Tests.Support;

/// <summary>
/// Runs <c>dotnet Roadmap.Web.dll create-admin &lt;email&gt;</c> the way an operator does on the server: a
/// separate process, Production, the settings as environment variables, the password on standard input.
/// A separate process because the test host (WebApplicationFactory) stops Program right after it builds
/// the app, before the command-line branch; running the built dll exercises that branch as shipped.
/// </summary>
public static class CreateAdminCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Returns the standard output; throws with both outputs when the command fails.</summary>
    public static async Task<string> RunAsync(IReadOnlyDictionary<string, string> settings, string email, string password)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Roadmap.Web.dll"));
        start.ArgumentList.Add("create-admin");
        start.ArgumentList.Add(email);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("create-admin n'a pas démarré.");
        await process.StandardInput.WriteLineAsync(password);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"create-admin n'a pas fini en {Timeout.TotalMinutes} minutes.");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"create-admin a échoué ({process.ExitCode}) :{Environment.NewLine}{await output}{Environment.NewLine}{await errors}");
        }

        return await output;
    }
}

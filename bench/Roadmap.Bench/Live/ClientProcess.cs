using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Roadmap.Bench.LiveClient;

namespace Roadmap.Bench.Live;

/// <summary>
/// Roadmap.Bench.LiveClient in a process of its own (copied next to this program by the project
/// reference), spoken to line by line (see <see cref="LiveProtocol"/>). Its progress goes to our stderr.
/// </summary>
internal sealed class ClientProcess : IDisposable
{
    private readonly Process _process;

    private ClientProcess(Process process) => _process = process;

    /// <param name="more">Flags a mode adds (the two-node mode: the node count and the certificate to trust).</param>
    public static ClientProcess Start(Uri url, LiveData data, LiveOptions options, string facilitatorToken, IEnumerable<string>? more = null)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Roadmap.Bench.LiveClient.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec", dll, "--url", url.ToString(), "--code", data.JoinCode,
            "--participants", Text(options.Participants), "--window", Text(options.VoteWindowSeconds),
            "--concurrency", Text(options.Concurrency), "--seed", Text(options.Seed),
        }.Concat(more ?? []))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment[LiveProtocol.TokenVariable] = facilitatorToken;
        return new ClientProcess(Process.Start(start) ?? throw new InvalidOperationException("Le processus client n'a pas démarré."));
    }

    public async Task SendAsync(string command)
    {
        await _process.StandardInput.WriteLineAsync(command);
        await _process.StandardInput.FlushAsync();
    }

    public async Task<T> ReceiveAsync<T>(string keyword, CancellationToken cancellationToken)
    {
        while (await _process.StandardOutput.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.StartsWith(keyword + " ", StringComparison.Ordinal))
            {
                return JsonSerializer.Deserialize<T>(line[(keyword.Length + 1)..], HostChannel.Json) ?? throw new InvalidOperationException($"« {keyword} » vide.");
            }

            Console.Error.WriteLine("  [clients] " + line);
        }

        throw new InvalidOperationException($"Le processus client s'est arrêté avant « {keyword} » (code {(_process.HasExited ? _process.ExitCode : -1)}).");
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken) => await _process.WaitForExitAsync(cancellationToken);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
        }

        _process.Dispose();
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}

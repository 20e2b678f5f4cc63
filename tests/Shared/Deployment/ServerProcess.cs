using System.Diagnostics;
using System.Text;

namespace Roadmap.Testing.Deployment;

/// <summary>
/// A server started as an operator would (a published node, nginx): its own process, its output kept in memory (and
/// its log file read, for nginx, whose errors go there) so a failure can say what the server said, stopped with its
/// process tree at the end.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string? _logFile;
    private readonly StringBuilder _output = new();

    private ServerProcess(Process process, string name, string? logFile)
    {
        _process = process;
        _logFile = logFile;
        Name = name;
    }

    public string Name { get; }

    public static ServerProcess Start(string name, ProcessStartInfo start, string? logFile = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} n'a pas démarré.");
        var server = new ServerProcess(process, name, logFile);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>Polls <paramref name="probe"/> until it answers 2xx; throws with the server's last words otherwise.</summary>
    public async Task WaitUntilAnsweringAsync(HttpClient client, Uri probe, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} s'est arrêté (code {_process.ExitCode}) :{Environment.NewLine}{Output()}");
            }

            try
            {
                using var response = await client.GetAsync(probe, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{Name} ne répond pas sur {probe} après {timeout.TotalSeconds} s :{Environment.NewLine}{Output()}");
    }

    public string Output()
    {
        var log = _logFile is not null && File.Exists(_logFile) ? File.ReadAllText(_logFile) : "";
        lock (_output)
        {
            return _output + log;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // The end is what explains a failure; a chatty server cannot fill the memory.
            if (_output.Length > 200_000)
            {
                _output.Remove(0, 100_000);
            }

            _output.AppendLine(line);
        }
    }
}

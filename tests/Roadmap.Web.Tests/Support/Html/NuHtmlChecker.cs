using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Roadmap.Tests.Html;

/// <summary>
/// The Nu Html Checker (vnu.jar, the W3C validator; RGAA criterion 8.2) as one local HTTP service per test
/// assembly, started on first use: the JVM and the checker's schemas take seconds to load, a page then takes
/// milliseconds. test.sh installs vnu.jar and sets <c>ROADMAP_VNU_JAR</c>; without it (or without Java) the
/// validation tests are skipped with <see cref="SkipReason"/>.
/// </summary>
internal sealed class NuHtmlChecker
{
    public const string JarVariable = "ROADMAP_VNU_JAR";

    private static readonly Lazy<Task<NuHtmlChecker>> Shared = new(StartAsync);
    private static readonly HttpClient Http = CreateClient();

    private readonly Uri _endpoint;

    private NuHtmlChecker(Uri endpoint) => _endpoint = endpoint;

    /// <summary>Why pages cannot be validated on this machine, or null when vnu.jar and Java are there.</summary>
    public static string? SkipReason { get; } = FindSkipReason();

    /// <summary>The number of documents validated so far in this test assembly.</summary>
    public static int Validated => _validated;

    private static int _validated;

    /// <summary>The checker of this test assembly, started by the first caller.</summary>
    public static Task<NuHtmlChecker> GetAsync() => Shared.Value;

    /// <summary>The errors the checker finds in <paramref name="html"/>, one line each, prefixed with <paramref name="pageName"/>.</summary>
    public async Task<IReadOnlyList<string>> FindErrorsAsync(string pageName, string html, CancellationToken cancellationToken = default)
    {
        using var report = JsonDocument.Parse(await PostAsync(html, cancellationToken));
        Interlocked.Increment(ref _validated);

        // With level=error the checker leaves out warnings and information: what remains fails criterion 8.2
        // (type « error », or « non-document-error » when the document could not be read at all).
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Select(m => $"[{pageName}] ligne {Line(m)} : {Text(m, "message")} « {Text(m, "extract").ReplaceLineEndings(" ")} »")
            .ToList();
    }

    private async Task<string> PostAsync(string html, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var content = new StringContent(html, Encoding.UTF8, "text/html");
                using var response = await Http.PostAsync(_endpoint, content, cancellationToken);
                response.EnsureSuccessStatusCode();
                return await response.Content.ReadAsStringAsync(cancellationToken);
            }
            catch (HttpRequestException) when (attempt < 3)
            {
                // The service may close a kept-alive connection just as it is reused: send again on a new one.
            }
        }
    }

    private static string Text(JsonElement message, string property) =>
        message.TryGetProperty(property, out var value) ? value.GetString() ?? "" : "";

    private static string Line(JsonElement message) =>
        message.TryGetProperty("lastLine", out var line) ? line.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";

    // The service answers 400 to a request without a User-Agent, and closes connections idle for long.
    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler { PooledConnectionIdleTimeout = TimeSpan.FromSeconds(5) };
        var client = new HttpClient(handler) { Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Roadmap-tests");
        return client;
    }

    private static string? FindSkipReason()
    {
        var jar = Environment.GetEnvironmentVariable(JarVariable);
        if (string.IsNullOrEmpty(jar) || !File.Exists(jar))
        {
            return $"{JarVariable} ne désigne pas vnu.jar (test.sh l'installe) : validation HTML ignorée";
        }

        return Java() is null ? "Java introuvable (JAVA_HOME, PATH) : validation HTML ignorée" : null;
    }

    private static string? Java()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var candidates = new List<string>();
        if (!string.IsNullOrEmpty(home))
        {
            candidates.Add(Path.Combine(home, "bin", "java"));
        }

        candidates.AddRange((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, "java")));
        return candidates.FirstOrDefault(File.Exists);
    }

    private static async Task<NuHtmlChecker> StartAsync()
    {
        if (SkipReason is not null)
        {
            throw new InvalidOperationException(SkipReason);
        }

        var port = FreePort();
        // Through a shell that stops Java when its standard input closes: the test host may be killed without
        // running ProcessExit, and the service must not outlive it.
        var start = new ProcessStartInfo("/bin/sh")
        {
            ArgumentList =
            {
                "-c", "\"$0\" \"$@\" & read -r _; kill $!", Java()!, "-Dnu.validator.servlet.bind-address=127.0.0.1",

                // The checker stops at 1,000 messages, information included (a page with many « <input /> » gets there).
                "-Dnu.validator.messages.limit=100000",
                "-cp", Environment.GetEnvironmentVariable(JarVariable)!, "nu.validator.servlet.Main", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var service = Process.Start(start) ?? throw new InvalidOperationException("vnu.jar n'a pas démarré.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(service);
        var log = new StringBuilder();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void Read(object sender, DataReceivedEventArgs e)
        {
            lock (log)
            {
                log.AppendLine(e.Data);
            }

            if (e.Data?.Contains("Checker service started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        }

        service.OutputDataReceived += Read;
        service.ErrorDataReceived += Read;
        service.BeginOutputReadLine();
        service.BeginErrorReadLine();

        // Two cores shared by several test assemblies: the schemas load in 5 to 20 s.
        var exited = service.WaitForExitAsync();
        if (await Task.WhenAny(started.Task, exited, Task.Delay(TimeSpan.FromMinutes(2))) != started.Task)
        {
            Stop(service);
            throw new InvalidOperationException($"Le service vnu n'a pas démarré :{Environment.NewLine}{log}");
        }

        return new NuHtmlChecker(new Uri($"http://127.0.0.1:{port}/?out=json&level=error"));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Stop(Process service)
    {
        if (!service.HasExited)
        {
            service.Kill(entireProcessTree: true);
        }
    }
}

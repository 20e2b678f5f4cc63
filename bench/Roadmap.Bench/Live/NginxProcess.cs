using System.Diagnostics;
using System.Text;

namespace Roadmap.Bench.Live;

/// <summary>
/// nginx in front of the two nodes: the rendered production site (<see cref="NginxSite"/>) inside a main configuration
/// of our own, as Debian's (mime types, the brotli module) but with every path under a temporary prefix and in the
/// foreground (<c>daemon off</c>), so this program owns the process and kills it, workers included, at the end.
/// </summary>
internal sealed class NginxProcess : IDisposable
{
    private const string BrotliModule = "/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so";

    private readonly Process _process;
    private readonly string _prefix;
    private readonly StringBuilder _output = new();

    private NginxProcess(Process process, string prefix)
    {
        _process = process;
        _prefix = prefix;
    }

    public static NginxProcess Start(string nginx, string prefix, NginxSite site, int participants)
    {
        foreach (var folder in new[] { "cache", "temp", "logs" })
        {
            Directory.CreateDirectory(Path.Combine(prefix, folder));
        }

        File.WriteAllText(Path.Combine(prefix, "roadmap.conf"), site.Render(File.ReadAllText(NginxSite.TemplatePath())));
        File.WriteAllText(Path.Combine(prefix, "nginx.conf"), MainConfiguration(prefix, participants));
        var start = new ProcessStartInfo(nginx) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-p", prefix, "-c", Path.Combine(prefix, "nginx.conf") })
        {
            start.ArgumentList.Add(argument);
        }

        var nginxProcess = new NginxProcess(Process.Start(start) ?? throw new InvalidOperationException("nginx n'a pas démarré."), prefix);
        nginxProcess._process.OutputDataReceived += (_, e) => nginxProcess.Keep(e.Data);
        nginxProcess._process.ErrorDataReceived += (_, e) => nginxProcess.Keep(e.Data);
        nginxProcess._process.BeginOutputReadLine();
        nginxProcess._process.BeginErrorReadLine();
        return nginxProcess;
    }

    /// <summary>Polls <paramref name="probe"/> until it answers 2xx; throws with what nginx said otherwise.</summary>
    public async Task WaitUntilAnsweringAsync(HttpClient client, Uri probe, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (30 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"nginx s'est arrêté (code {_process.ExitCode}) : {Said()}");
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

        throw new TimeoutException($"nginx ne répond pas sur {probe} après 30 s : {Said()}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    /// <summary>
    /// Two sockets per participant (theirs and the one to the node), with the floor's closed before the workshop's open.
    /// As root, the workers run as root too: they read the prefix, which only its owner may.
    /// </summary>
    private static string MainConfiguration(string prefix, int participants)
    {
        var connections = (participants * 2) + 1024;
        return $$"""
            {{(Environment.UserName == "root" ? "user root;" : "")}}
            daemon off;
            worker_processes auto;
            worker_rlimit_nofile {{connections * 2}};
            pid {{prefix}}/nginx.pid;
            error_log {{prefix}}/logs/error.log warn;
            load_module {{BrotliModule}};

            events {
                worker_connections {{connections}};
            }

            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log {{prefix}}/logs/access.log;
                client_body_temp_path {{prefix}}/temp/body;
                proxy_temp_path {{prefix}}/temp/proxy;
                fastcgi_temp_path {{prefix}}/temp/fastcgi;
                uwsgi_temp_path {{prefix}}/temp/uwsgi;
                scgi_temp_path {{prefix}}/temp/scgi;
                include {{prefix}}/roadmap.conf;
            }
            """;
    }

    private string Said()
    {
        var log = Path.Combine(_prefix, "logs", "error.log");
        lock (_output)
        {
            return _output + (File.Exists(log) ? File.ReadAllText(log) : "");
        }
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}

using System.Text.RegularExpressions;

namespace Roadmap.Testing.Deployment;

/// <summary>
/// deploy/nginx/roadmap.conf as shipped, with only its marked lines (<c># ROADMAP_…</c>) moved to this machine's ports
/// and files: the two-node smoke journey and the two-node benchmark run the production site itself. Every marker must
/// be found, so the file and this stay in step.
/// </summary>
internal sealed partial record NginxSite(int HttpsPort, int HttpPort, int NodeAPort, int NodeBPort, string Certificate, string CertificateKey, string CacheFolder)
{
    private static readonly Dictionary<string, Func<string, NginxSite, string?>> Markers = new(StringComparer.Ordinal)
    {
        ["ROADMAP_NODE_A"] = (line, s) => line.Replace(":5001", $":{s.NodeAPort}", StringComparison.Ordinal),
        ["ROADMAP_NODE_B"] = (line, s) => line.Replace(":5002", $":{s.NodeBPort}", StringComparison.Ordinal),
        ["ROADMAP_LISTEN"] = (line, s) => line.Replace("listen 443", $"listen 127.0.0.1:{s.HttpsPort}", StringComparison.Ordinal),
        ["ROADMAP_LISTEN6"] = (_, _) => null,
        ["ROADMAP_HTTP"] = (line, s) => line.Replace("listen 80", $"listen 127.0.0.1:{s.HttpPort}", StringComparison.Ordinal),
        ["ROADMAP_HTTP6"] = (_, _) => null,
        ["ROADMAP_SERVER_NAME"] = (line, _) => line.Replace("roadmap.exemple.fr", "127.0.0.1", StringComparison.Ordinal),
        ["ROADMAP_CERTIFICATE"] = (line, s) => Directive(line, "ssl_certificate", s.Certificate),
        ["ROADMAP_CERTIFICATE_KEY"] = (line, s) => Directive(line, "ssl_certificate_key", s.CertificateKey),
        ["ROADMAP_CACHE"] = (line, s) => line.Replace("/var/cache/nginx/roadmap", s.CacheFolder, StringComparison.Ordinal),
    };

    /// <summary>The repository's file, found from the program's build folder upwards.</summary>
    public static string TemplatePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "deploy", "nginx", "roadmap.conf");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"deploy/nginx/roadmap.conf introuvable au-dessus de {AppContext.BaseDirectory}.");
    }

    public string Render(string template)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach (var line in template.Split('\n'))
        {
            var marker = MarkerPattern().Match(line);
            if (!marker.Success)
            {
                lines.Add(line);
                continue;
            }

            var name = marker.Groups[1].Value;
            var render = Markers.GetValueOrDefault(name) ?? throw new InvalidOperationException($"Repère inconnu dans roadmap.conf : {name}.");
            seen.Add(name);
            if (render(line, this) is { } rendered)
            {
                lines.Add(rendered);
            }
        }

        var missing = Markers.Keys.Except(seen).ToList();
        return missing.Count == 0
            ? string.Join('\n', lines)
            : throw new InvalidOperationException($"Repères absents de roadmap.conf : {string.Join(", ", missing)}.");
    }

    private static string Directive(string line, string directive, string path) => Regex.Replace(line, $@"{directive} [^;]+;", $"{directive} {path};");

    [GeneratedRegex(@"#\s*(ROADMAP_[A-Z0-9_]+)\s*$")]
    private static partial Regex MarkerPattern();
}

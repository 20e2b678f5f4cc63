using System.Text.Json;
using System.Text.Json.Serialization;

namespace Roadmap.Bench.LiveClient;

/// <summary>The line protocol with the bench host (see <see cref="LiveProtocol"/>): commands on stdin, answers on stdout.</summary>
public static class HostChannel
{
    /// <summary>Percentiles of an empty list are NaN: written as such rather than failing.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals };

    private static readonly Lock Writing = new();

    internal static void Send(string keyword, object payload)
    {
        var line = keyword + " " + JsonSerializer.Serialize(payload, Json);
        lock (Writing)
        {
            Console.Out.WriteLine(line);
            Console.Out.Flush();
        }
    }

    internal static async Task ExpectAsync(string keyword, CancellationToken cancellationToken)
    {
        var line = await Console.In.ReadLineAsync(cancellationToken);
        if (line?.Trim() != keyword)
        {
            throw new InvalidOperationException($"Attendu « {keyword} » de l'hôte, reçu « {line ?? "(fin)"} ».");
        }
    }

    internal static void Progress(string text) => Console.Error.WriteLine("  [clients] " + text);
}

namespace Roadmap.Bench.LiveClient;

/// <summary>Started by Roadmap.Bench (« live » mode); talks with it line by line (see <see cref="LiveProtocol"/>).</summary>
internal static class LiveClientProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = ClientOptions.Parse(args);
        var token = Environment.GetEnvironmentVariable(LiveProtocol.TokenVariable)
            ?? throw new InvalidOperationException($"{LiveProtocol.TokenVariable} n'est pas défini.");
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(45));
        await FloorPhase.RunAsync(options, cancellation.Token);
        await HostChannel.ExpectAsync(LiveProtocol.LiveStart, cancellation.Token);
        await new LivePhase(options, token).RunAsync(cancellation.Token);
        return 0;
    }
}

using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.Options;

namespace Roadmap.Web.Hubs;

/// <summary>
/// The JSON protocol, except that a refused call's error is the French message alone. SignalR
/// prefixes a <see cref="HubException"/>'s message with « An unexpected error occurred invoking
/// 'X' on the server. HubException: »; participants would see English, so the prefix is cut here,
/// in the one place every completion goes through.
/// </summary>
internal sealed class FrenchErrorsHubProtocol(IOptions<JsonHubProtocolOptions> options) : IHubProtocol
{
    private const string Marker = nameof(HubException) + ": ";

    private readonly JsonHubProtocol _json = new(options);

    public string Name => _json.Name;

    public int Version => _json.Version;

    public TransferFormat TransferFormat => _json.TransferFormat;

    public bool TryParseMessage(ref ReadOnlySequence<byte> input, IInvocationBinder binder, [NotNullWhen(true)] out HubMessage? message) =>
        _json.TryParseMessage(ref input, binder, out message);

    public void WriteMessage(HubMessage message, IBufferWriter<byte> output) => _json.WriteMessage(Cleaned(message), output);

    public ReadOnlyMemory<byte> GetMessageBytes(HubMessage message) => _json.GetMessageBytes(Cleaned(message));

    public bool IsVersionSupported(int version) => _json.IsVersionSupported(version);

    internal static HubMessage Cleaned(HubMessage message)
    {
        if (message is not CompletionMessage { Error: { } error, InvocationId: { } id } || error.IndexOf(Marker, StringComparison.Ordinal) is not (>= 0 and var at))
        {
            return message;
        }

        return CompletionMessage.WithError(id, error[(at + Marker.Length)..]);
    }
}

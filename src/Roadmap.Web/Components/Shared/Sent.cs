using System.Diagnostics.CodeAnalysis;
using Roadmap.Web.Errors;

namespace Roadmap.Web.Components.Shared;

/// <summary>What <see cref="PageRequests"/> brings back: the response, or the refusal.</summary>
public sealed record Sent<T>(T? Response, Refusal? Refusal)
{
    [MemberNotNullWhen(true, nameof(Refusal), nameof(Error))]
    [MemberNotNullWhen(false, nameof(Response))]
    public bool Refused => Refusal is not null;

    /// <summary>The refusal as a form shows it: the alert's message and the field errors.</summary>
    public UseCaseError? Error => Refusal is null ? null : UseCaseError.From(Refusal);
}

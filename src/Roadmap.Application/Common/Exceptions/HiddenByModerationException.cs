namespace Roadmap.Application.Common.Exceptions;

/// <summary>
/// The content exists but moderation hid it: only moderators may read it. The public
/// <see cref="Reason"/> is shown instead (the API answers 410 Gone, the page a notice).
/// </summary>
public sealed class HiddenByModerationException(string reason)
    : Exception($"Cette action a été masquée par la modération. Motif : {reason}")
{
    public string Reason { get; } = reason;
}

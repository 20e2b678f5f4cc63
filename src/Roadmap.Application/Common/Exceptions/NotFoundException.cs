namespace Roadmap.Application.Common.Exceptions;

/// <summary>The thing asked for does not exist (or is not visible to the caller).</summary>
public sealed class NotFoundException(string what, object key)
    : Exception($"{what} « {key} » est introuvable.")
{
    public string What { get; } = what;
}

namespace Roadmap.Application.Common.Exceptions;

/// <summary>Input is invalid; <see cref="Errors"/> maps a field name to its French messages.</summary>
public sealed class ValidationFailedException(IReadOnlyDictionary<string, string[]> errors)
    : Exception("Certaines informations sont invalides.")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationFailedException For(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] });
}

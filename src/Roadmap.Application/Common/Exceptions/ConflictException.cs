namespace Roadmap.Application.Common.Exceptions;

/// <summary>The request breaks a domain rule given the current state (phase closed, already done…).</summary>
public sealed class ConflictException(string message) : Exception(message);

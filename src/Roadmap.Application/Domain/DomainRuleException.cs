namespace Roadmap.Application.Domain;

/// <summary>An entity refused a state change; the message is French and shown to users.</summary>
public sealed class DomainRuleException(string message) : Exception(message);

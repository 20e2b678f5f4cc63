namespace Roadmap.Application.Common.Exceptions;

/// <summary>The caller is known but may not do this.</summary>
public sealed class ForbiddenException(string message = "Vous n'avez pas le droit d'effectuer cette action.")
    : Exception(message);

namespace Roadmap.Application.Common.Exceptions;

/// <summary>The request needs a signed-in user and there is none.</summary>
public sealed class UnauthenticatedException()
    : Exception("Vous devez être connecté·e pour effectuer cette action.");

using Roadmap.Application.Domain.Users;

namespace Roadmap.Demo.Writers;

/// <summary>A demo account once created: what supports and comments need to know about it.</summary>
internal sealed record DemoParticipant(Guid Id, string Email, ParticipantRole Role, Guid? OrganisationId);

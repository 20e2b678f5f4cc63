using MediatR;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Workshops.Polls;

namespace Roadmap.Application.Workshops.GetPollResults;

/// <summary>
/// A poll's results counted now from its stored ballots (null when the poll does not exist): what the
/// live events send every few hundred milliseconds while ballots come in.
/// </summary>
public sealed record GetPollResults(Guid PollId) : IRequest<PollTally?>;

internal sealed class GetPollResultsHandler(IRoadmapDbContext db) : IRequestHandler<GetPollResults, PollTally?>
{
    public Task<PollTally?> Handle(GetPollResults request, CancellationToken cancellationToken) =>
        PollTallies.ComputeAsync(db, request.PollId, cancellationToken);
}

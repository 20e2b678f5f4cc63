using MediatR;
using Roadmap.Application.Participation.GetSupportTally;

namespace Roadmap.Web.Tests.Participation;

/// <summary>Answers the support panel's one query with a given tally; any other request is a test mistake.</summary>
internal sealed class TallyMediator(SupportTallyView tally) : IMediator
{
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        request is GetSupportTally
            ? Task.FromResult((TResponse)(object)tally)
            : throw new NotSupportedException($"Unexpected request {request.GetType().Name}.");

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}

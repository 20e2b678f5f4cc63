using MediatR;

namespace Roadmap.Web.Tests.People;

/// <summary>Answers the requests a component sends with <c>answer</c>; null means the request was not expected.</summary>
internal sealed class AnsweringMediator(Func<object, object?> answer) : IMediator
{
    public List<object> Sent { get; } = [];

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        Sent.Add(request);
        return answer(request) is { } response
            ? Task.FromResult((TResponse)response)
            : throw new NotSupportedException($"Unexpected request {request.GetType().Name}.");
    }

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}

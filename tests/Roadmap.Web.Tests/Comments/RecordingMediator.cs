using MediatR;

namespace Roadmap.Web.Tests.Comments;

/// <summary>A mediator for component tests: records what is sent and answers with <see cref="Answer"/>.</summary>
internal sealed class RecordingMediator : IMediator
{
    public List<object> Sent { get; } = [];

    /// <summary>Returns the response for a request, or throws to play a refusal.</summary>
    public Func<object, object?> Answer { get; set; } = _ => null;

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        Sent.Add(request);
        return Task.FromResult((TResponse)(Answer(request) ?? default(TResponse)!));
    }

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}

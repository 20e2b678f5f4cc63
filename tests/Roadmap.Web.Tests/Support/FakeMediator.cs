using MediatR;

namespace Roadmap.Web.Tests.Support;

/// <summary>
/// The one stand-in for the mediator in component tests: it records every request sent and answers
/// those the test declared with <see cref="On{TRequest}(Func{TRequest, object})"/>; any other request
/// is a test mistake. An answer may throw, to play a refusal.
/// </summary>
internal sealed class FakeMediator : IMediator
{
    private readonly Dictionary<Type, Func<object, object>> _answers = [];

    public List<object> Sent { get; } = [];

    public FakeMediator On<TRequest>(Func<TRequest, object> answer)
    {
        _answers[typeof(TRequest)] = request => answer((TRequest)request);
        return this;
    }

    public FakeMediator On<TRequest>(object response) => On<TRequest>(_ => response);

    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default)
    {
        Sent.Add(request);
        return _answers.TryGetValue(request.GetType(), out var answer)
            ? Task.FromResult((TResponse)answer(request))
            : throw new NotSupportedException($"Unexpected request {request.GetType().Name}.");
    }

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}

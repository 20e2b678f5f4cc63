using MediatR;
using Roadmap.Application.Actions.GetActionControls;

namespace Roadmap.Web.Tests.Actions;

/// <summary>Answers the action page's controls query with given controls; any other request is a test mistake.</summary>
internal sealed class ControlsMediator(ActionControls controls) : IMediator
{
    public Task<TResponse> Send<TResponse>(IRequest<TResponse> request, CancellationToken cancellationToken = default) =>
        request is GetActionControls
            ? Task.FromResult((TResponse)(object)controls)
            : throw new NotSupportedException($"Unexpected request {request.GetType().Name}.");

    public Task Publish<TNotification>(TNotification notification, CancellationToken cancellationToken = default)
        where TNotification : INotification => Task.CompletedTask;
}

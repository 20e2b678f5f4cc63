using Roadmap.Application.Common.Security;

namespace Roadmap.Web.Infrastructure;

/// <summary>A page that shows one action, named by its <c>{Id}</c> route value (the action page, a point d'étape's page).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ShowsOneActionAttribute : Attribute;

/// <summary>
/// Tells a signed-in caller's scope which action the page shows before the header asks who they are
/// (<see cref="IViewerReadAhead"/>): one statement for both instead of two (issue 14). Guests read nothing of their own.
/// </summary>
internal static class ViewerReadAhead
{
    public static IApplicationBuilder UseViewerReadAhead(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint()?.Metadata.GetMetadata<ShowsOneActionAttribute>() is not null
            && context.Request.RouteValues["Id"] is string id
            && Guid.TryParse(id, out var actionId))
        {
            context.RequestServices.GetRequiredService<IViewerReadAhead>().ForAction(actionId);
        }

        return next(context);
    });
}

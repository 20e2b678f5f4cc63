using System.Collections.Concurrent;
using System.Reflection;
using MediatR;
using Roadmap.Application.Common.Exceptions;
using Roadmap.Application.Common.Interfaces;
using Roadmap.Application.Common.Security;

namespace Roadmap.Application.Common.Behaviours;

internal sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly ConcurrentDictionary<Type, RequiresRoleAttribute?> Requirements = new();

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var requirement = Requirements.GetOrAdd(typeof(TRequest), t => t.GetCustomAttribute<RequiresRoleAttribute>());
        if (requirement is not null)
        {
            if (user.Id is null)
            {
                throw new UnauthenticatedException();
            }

            if (requirement.Roles.Count > 0 && !requirement.Roles.Any(user.IsInRole))
            {
                throw new ForbiddenException();
            }
        }

        return next();
    }
}

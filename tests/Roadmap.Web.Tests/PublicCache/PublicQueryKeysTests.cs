using System.Reflection;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Roadmap.Web.Infrastructure.PublicCache;
using Roadmap.Web.Tests.Support;

namespace Roadmap.Web.Tests.PublicCache;

/// <summary>
/// Only <see cref="PublicQueryKeys"/> are in a kept copy's key: a parameter a kept answer reads but that list forgot
/// would have two different answers share one copy. The components' parameters are read from the components
/// themselves; this checks the kept API reads by their handlers' signatures.
/// </summary>
public sealed class PublicQueryKeysTests(WebApp app) : IClassFixture<WebApp>
{
    [Fact]
    public void EveryQueryParameterOfAKeptApiReadIsInTheKey()
    {
        var endpoints = app.App.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IOutputCachePolicy>() is not null && e.Metadata.GetMetadata<MethodInfo>() is not null)
            .ToList();
        Assert.NotEmpty(endpoints);

        var forgotten =
            from endpoint in endpoints
            from name in QueryParameters(endpoint)
            where !PublicQueryKeys.All.Contains(name)
            select $"{endpoint.RoutePattern.RawText} ?{name}";

        Assert.Empty(forgotten);
    }

    [Fact]
    public void TheComponentsQueryParametersAreInTheKey()
    {
        IReadOnlySet<string> keys = PublicQueryKeys.All;
        Assert.Contains("statut", keys);
        Assert.Contains("graine", keys);
        Assert.Contains("commentaire", keys);
        Assert.DoesNotContain("utm_source", keys);
    }

    private static IEnumerable<string> QueryParameters(RouteEndpoint endpoint)
    {
        var route = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in endpoint.Metadata.GetMetadata<MethodInfo>()!.GetParameters())
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetConstructors().Single().GetParameters())
                {
                    yield return property.Name!;
                }
            }
            else if (IsBoundFromQuery(parameter) && !route.Contains(parameter.Name!))
            {
                yield return parameter.Name!;
            }
        }
    }

    private static bool IsBoundFromQuery(ParameterInfo parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
        return type != typeof(CancellationToken) && type != typeof(IMediator) && type != typeof(HttpContext)
            && (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(Guid) || type == typeof(DateOnly) || type == typeof(DateTimeOffset));
    }
}

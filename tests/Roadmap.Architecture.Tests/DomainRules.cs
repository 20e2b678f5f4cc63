using NetArchTest.Rules;

namespace Roadmap.Architecture.Tests;

public sealed class DomainRules
{
    [Fact]
    public void DomainDependsOnNothingOutsideIt() =>
        RuleAssert.Holds(
            Layers.ApplicationTypes.That().ResideInNamespace(Layers.Domain)
                .Should().OnlyHaveDependencyOn(
                    Layers.Domain,
                    "System",
                    // ApplicationUser is an IdentityUser<Guid> (Microsoft.Extensions.Identity.Stores: no ASP.NET Core, no EF).
                    "Microsoft.AspNetCore.Identity"),
            "The domain (Roadmap.Application.Domain) may use only itself, the BCL and Identity's user base class: no use case, no EF Core, no web.");
}

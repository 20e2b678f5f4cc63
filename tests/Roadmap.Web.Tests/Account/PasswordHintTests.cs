using Microsoft.AspNetCore.Identity;
using Roadmap.Web.Components.Account;

namespace Roadmap.Web.Tests.Account;

public sealed class PasswordHintTests
{
    [Fact]
    public void SaysTheRulesIdentityEnforces() =>
        Assert.Equal(
            "Au moins 10 caractères, dont un chiffre et une minuscule.",
            PasswordHint.For(new PasswordOptions { RequiredLength = 10, RequireNonAlphanumeric = false, RequireUppercase = false }));

    [Fact]
    public void SaysLengthAloneWhenNothingElseIsRequired() =>
        Assert.Equal(
            "Au moins 12 caractères.",
            PasswordHint.For(new PasswordOptions { RequiredLength = 12, RequireDigit = false, RequireLowercase = false, RequireNonAlphanumeric = false, RequireUppercase = false }));
}
